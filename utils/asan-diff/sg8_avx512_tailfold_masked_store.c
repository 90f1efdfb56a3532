// EXPECT: stack-buffer-overflow
// FLAGS: -mavx512f -mavx512vl -mllvm -prefer-predicate-over-epilogue=predicate-dont-vectorize
// With tail folding, the vectorizer handles the last partial vector with
// masked stores (llvm.masked.store) instead of a scalar loop. A clamp loop
// writes `n` results where n is one more than the 37-int local: the lane
// for element 37 is enabled in the final masked store.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void clamp_to(int *dst, const int *src,
                                               int n, int lo, int hi) {
  for (int i = 0; i < n; i++) {
    int v = src[i];
    dst[i] = v < lo ? lo : v > hi ? hi : v; // BUG
  }
}

int main(int argc, char **argv) {
  int src[64], dst[37];
  int n = atoi(argv[1]) * 4 - 2; /* 38 */
  for (int i = 0; i < 64; i++) src[i] = (i * 29 + argc) % 200 - 100;
  clamp_to(dst, src, n, -50, 50);
  long s = 0;
  for (int i = 0; i < 37; i++) s += dst[i];
  printf("%ld\n", s);
  return 0;
}
