// EXPECT: none
// longjmp out of nested frames holding arrays, VLAs and allocas, from
// different depths; after each jump the same stack is reused by functions
// that read their locals at both ends.
#include <alloca.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static jmp_buf env;
__attribute__((noinline)) static void dive(int d, int stop) {
  char arr[64 + d];
  char *a = alloca(32 + d);
  memset(arr, d, sizeof arr);
  memset(a, d, 32 + d);
  if (d == stop) longjmp(env, arr[0] + a[31 + d] + 1);
  dive(d + 1, stop);
}
__attribute__((noinline)) static long reuse(int n) {
  long big[64];
  char small[5];
  for (int i = 0; i < 64; i++) big[i] = i * n;
  memcpy(small, "abcd", 5);
  return big[0] + big[63] + small[4] + small[0];
}
int main(int argc, char **argv) {
  long s = 0;
  int base = atoi(argv[1]);
  for (volatile int r = 0; r < 200; r++) {
    int v = setjmp(env);
    if (v == 0) dive(0, base + r % 40);
    s += v + reuse(r);
  }
  printf("%ld\n", s);
  return 0;
}
