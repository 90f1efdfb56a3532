// EXPECT: none
// longjmp out of frames with arrays, many times, then deep calls with arrays
// over the same stack range.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static jmp_buf env;
__attribute__((noinline)) static void dive(int d, int max) {
  char pad[200];
  int ids[17];
  memset(pad, d, sizeof pad);
  for (int i = 0; i < 17; i++) ids[i] = d + i;
  __asm__ volatile("" : : "r"(pad), "r"(ids) : "memory");
  if (d == max) longjmp(env, ids[16]);
  dive(d + 1, max);
}
__attribute__((noinline)) static long fill_stack(int d) {
  long buf[64];
  for (int i = 0; i < 64; i++) buf[i] = i * d;
  long s = buf[63] + buf[0];
  if (d > 0) s += fill_stack(d - 1);
  return s;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long total = 0;
  for (int round = 0; round < n; round++) {
    char local[64];
    memset(local, round, sizeof local);
    int r = setjmp(env);
    if (r == 0) dive(0, 10 + round * 3);
    total += r + local[63] + fill_stack(20 + round);
  }
  printf("%ld %d\n", total, argc);
  return 0;
}
