// EXPECT: none
// longjmp from five frames down (each with a local array whose address
// is passed down) back to the function that called setjmp, several
// times; then recursion and large zeroed locals reuse the stack the
// abandoned frames occupied.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf env;
static volatile int budget;

struct Stats {
  long count, sum, min, max;
  char label[48];
};

__attribute__((noinline)) static long chain(int depth, const char *up) {
  char local[64 + 32 * (depth % 3)];
  memset(local, depth, sizeof local);
  local[0] = up ? up[0] : 'x';
  if (depth == 0) {
    if (--budget >= 0) longjmp(env, 1 + local[5]);
    return local[sizeof local - 1];
  }
  return chain(depth - 1, local) + local[sizeof local - 1];
}

__attribute__((noinline)) static long stats_of(int n) {
  struct Stats st;
  memset(&st, 0, sizeof st);
  st.min = 1000;
  for (int i = 0; i < n; i++) {
    st.count++;
    st.sum += i;
    if (i < st.min) st.min = i;
    if (i > st.max) st.max = i;
  }
  return st.count + st.sum + st.min + st.max + st.label[47];
}

__attribute__((noinline)) static long reuse(int depth) {
  int arr[24];
  for (int i = 0; i < 24; i++) arr[i] = depth + i;
  long s = stats_of(depth % 50);
  if (depth > 0) s += reuse(depth - 1);
  return s + arr[23];
}

int main(int argc, char **argv) {
  budget = atoi(argv[1]) / 2;
  volatile long jumps = 0;
  volatile long total = 0;
  int code = setjmp(env);
  if (code) jumps = jumps + code;
  total = total + chain(5, argv[2]);
  total = total + reuse(400);
  printf("%ld %ld %d\n", (long)jumps, (long)total, argc);
  return 0;
}
