// EXPECT: none
// FLAGS: -mavx512f
// AVX-512 compress stores and expand loads whose packed side holds exactly
// as many elements as the mask has bits set: stream compaction into an
// output sized for the worst case, and a sparse row unpacked from a
// packed array that ends at its last occupied value.
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int keep_positive(int *out, const int *in, int n) {
  int k = 0;
  for (int i = 0; i < n; i += 16) {
    __m512i v = _mm512_loadu_si512((const void *)(in + i));
    __mmask16 m = _mm512_cmpgt_epi32_mask(v, _mm512_setzero_si512());
    _mm512_mask_compressstoreu_epi32(out + k, m, v);
    k += __builtin_popcount(m);
  }
  return k;
}

__attribute__((noinline)) static void unpack_row(float *row, const float *packed,
                                                 __mmask16 occupied) {
  _mm512_storeu_ps(row, _mm512_maskz_expandloadu_ps(occupied, packed));
}

int main(int argc, char **argv) {
  int frame[48], kept[48];
  int n = atoi(argv[1]) * 5 - 2; /* 48 */
  for (int i = 0; i < 48; i++) frame[i] = (i % 9 < 5) ? i + argc : -i;
  int k = keep_positive(kept, frame, n);
  float packed[11], row[16];
  for (int i = 0; i < 11; i++) packed[i] = 0.5f * i;
  __mmask16 occ = 0;
  for (int c = 0; c < 11; c++) occ |= (__mmask16)(1u << (c * 3 % 16));
  unpack_row(row, packed, occ);
  float s = 0;
  for (int i = 0; i < 16; i++) s += row[i];
  printf("%d %d %.2f\n", k, kept[k - 1], s);
  return 0;
}
