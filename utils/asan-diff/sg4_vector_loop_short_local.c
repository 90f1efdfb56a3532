// EXPECT: stack-buffer-overflow
// A sum over a local array of 21 shorts (vectorizable at -O2) uses a bound
// one element too big.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static long sum(const short *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i]; // BUG
  return s;
}
int main(int argc, char **argv) {
  short v[21];
  for (int i = 0; i < 21; i++) v[i] = (short)(i * argc);
  printf("%ld\n", sum(v, atoi(argv[1]) + 12));
  return 0;
}
