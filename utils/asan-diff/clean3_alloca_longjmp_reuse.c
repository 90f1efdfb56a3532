// EXPECT: none
// Frames that made alloca blocks and VLAs are abandoned by longjmp from
// below them; afterwards the function that called setjmp, and new
// calls, make allocas and fixed arrays over the same stack and use them
// to their last bytes.
#include <alloca.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf out;
static volatile int limit;

__attribute__((noinline)) static void sink(char *p, size_t n) {
  for (size_t i = 0; i < n; i++) p[i] = (char)(p[i] + 1);
}

__attribute__((noinline)) static void deeper(int depth, size_t n) {
  char *a = alloca(n);
  memset(a, depth, n);
  int vla[n % 11 + 1];
  for (size_t i = 0; i < sizeof vla / sizeof vla[0]; i++) vla[i] = (int)i;
  sink(a, n);
  if (depth == limit) longjmp(out, (int)(a[n - 1] + vla[0] + 1));
  deeper(depth + 1, n + 13);
}

__attribute__((noinline)) static long rebuild(int k) {
  char fixed[300];
  char *dyn = alloca((size_t)k * 10 + 1);
  memset(fixed, 'f', sizeof fixed);
  memset(dyn, 'd', (size_t)k * 10 + 1);
  sink(fixed, sizeof fixed);
  sink(dyn, (size_t)k * 10 + 1);
  return fixed[299] + dyn[k * 10];
}

int main(int argc, char **argv) {
  limit = atoi(argv[1]);
  volatile long total = 0;
  for (int r = 0; r < 20; r++) {
    int code = setjmp(out);
    if (code == 0) deeper(0, (size_t)(r + 5));
    char *mine = alloca(64);
    memset(mine, code, 64);
    sink(mine, 64);
    total = total + mine[63] + rebuild(r + 1);
  }
  printf("%ld %d\n", (long)total, argc);
  return 0;
}
