// EXPECT: stack-buffer-overflow
// Summing a 64-int local array with `<=`: the vectorized body covers 64
// elements, the scalar epilogue reads a[64].
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int a[64];
  for (int i = 0; i < 64; i++) a[i] = i * argc;
  int n = atoi(argv[1]) * 6 + 4; /* 64 */
  long s = 0;
  for (int i = 0; i <= n; i++) s += a[i]; // BUG
  printf("%ld\n", s);
  return 0;
}
