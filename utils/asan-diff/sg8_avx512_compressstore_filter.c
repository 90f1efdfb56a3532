// EXPECT: stack-buffer-overflow
// FLAGS: -mavx512f
// Stream compaction with AVX-512: each 16-int chunk's positive values are
// packed to the output with a compress store (_mm512_mask_compressstoreu,
// llvm.masked.compressstore). The output was sized for the 24 positives
// the format promises per frame, but this frame has 28; the third chunk's
// compress store writes four ints past the local output array.
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int keep_positive(int *out, const int *in,
                                                   int n) {
  int k = 0;
  for (int i = 0; i < n; i += 16) {
    __m512i v = _mm512_loadu_si512((const void *)(in + i));
    __mmask16 m = _mm512_cmpgt_epi32_mask(v, _mm512_setzero_si512());
    _mm512_mask_compressstoreu_epi32(out + k, m, v); // BUG
    k += __builtin_popcount(m);
  }
  return k;
}

int main(int argc, char **argv) {
  int frame[48], kept[24];
  int n = atoi(argv[1]) * 5 - 2; /* 48 */
  for (int i = 0; i < 48; i++) frame[i] = (i % 9 < 5) ? i + argc : -i;
  int k = keep_positive(kept, frame, n);
  long s = 0;
  for (int i = 0; i < 24; i++) s += kept[i];
  printf("%d kept, sum %ld\n", k, s);
  return 0;
}
