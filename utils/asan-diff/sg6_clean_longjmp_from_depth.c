// EXPECT: none
// setjmp in main, a recursion 60 frames deep (each with address-taken
// local arrays) longjmps back from the bottom; afterwards the same stack
// is reused by calls with different frames. Repeated 20 times.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static jmp_buf env;
static volatile long sink;
__attribute__((noinline)) static void dive(int d, int limit) {
  char pad[40 + d % 7];
  int vals[9];
  memset(pad, d, sizeof pad);
  for (int i = 0; i < 9; i++) vals[i] = d * i;
  sink += pad[sizeof pad - 1] + vals[8];
  if (d == limit) longjmp(env, d);
  dive(d + 1, limit);
}
__attribute__((noinline)) static long reuse(int n) {
  char big[3000];
  long w[50];
  memset(big, n, sizeof big);
  for (int i = 0; i < 50; i++) w[i] = big[i * 59] + i;
  return w[49] + big[2999];
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long s = 0;
  for (int r = 0; r < 20; r++) {
    volatile int got = setjmp(env);
    if (got == 0)
      dive(0, 50 + n);
    s += got + reuse(r);
  }
  printf("%ld %ld %d\n", s, sink, argc);
  return 0;
}
