// EXPECT: stack-buffer-overflow
// FLAGS: -std=c23
// A table of 72-bit fixed-point accumulators (_BitInt(72): 9 value
// bytes, 16 bytes of storage each) is summed with `<=`, loading one
// element past the local array.
#include <stdio.h>
#include <stdlib.h>
typedef _BitInt(72) acc72;
__attribute__((noinline)) static long long total(const acc72 *a, int n) {
  acc72 s = 0;
  for (int i = 0; i <= n; i++) s += a[i]; // BUG
  return (long long)(s >> 8);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 4;  /* 6 */
  acc72 acc[6];
  for (int i = 0; i < 6; i++) acc[i] = ((acc72)(i + argc) << 64) / 3;
  printf("%lld\n", total(acc, n));
  return 0;
}
