// EXPECT: none
// FLAGS: -mavx2
// x86 intrinsics used correctly at buffer ends: an AVX sum whose 5-element
// tail is read with _mm256_maskload_ps (lanes past the heap block disabled),
// a _mm256_maskstore_epi32 of 5 lanes into a 5-int local, a masked byte
// store (maskmovdqu) whose enabled bytes stay inside a global scanline, an
// lddqu load and a gather whose indices stay inside the lookup table.
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>

static char scanline[24];
static int lut[16] = {0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4};

__attribute__((noinline)) static float sum(const float *v, int n) {
  __m256 acc = _mm256_setzero_ps();
  int i = 0;
  for (; i + 8 <= n; i += 8) acc = _mm256_add_ps(acc, _mm256_loadu_ps(v + i));
  __m256i idx = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
  __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(n - i), idx);
  acc = _mm256_add_ps(acc, _mm256_maskload_ps(v + i, mask));
  float t[8];
  _mm256_storeu_ps(t, acc);
  return t[0] + t[1] + t[2] + t[3] + t[4] + t[5] + t[6] + t[7];
}

__attribute__((noinline)) static void put_first(int *dst, int count, int v) {
  __m256i idx = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
  __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(count), idx);
  _mm256_maskstore_epi32(dst, mask, _mm256_set1_epi32(v));
}

__attribute__((noinline)) static void paint(int x, const char *src) {
  __m128i px = _mm_loadu_si128((const __m128i *)src);
  __m128i mask = _mm_cmplt_epi8(px, _mm_set1_epi8('I')); /* only the first 8 */
  _mm_maskmoveu_si128(px, mask, &scanline[x]);
}

__attribute__((noinline)) static int nibble_pop(const char *s) {
  __m128i raw = _mm_lddqu_si128((const __m128i *)s);
  __m256i c = _mm256_cvtepu8_epi32(raw);
  __m256i idx = _mm256_and_si256(c, _mm256_set1_epi32(0xf));
  __m256i v = _mm256_i32gather_epi32(lut, idx, 4);
  int t[8];
  _mm256_storeu_si256((__m256i *)t, v);
  return t[0] + t[7];
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) + 3;         /* 13 */
  float *v = malloc(n * sizeof *v);
  for (int i = 0; i < n; i++) v[i] = 1.0f + argc;
  int slots[5];
  put_first(slots, atoi(argv[1]) - 5, argc);
  paint(atoi(argv[1]) + 6, argv[2]); /* x = 16: bytes 16..23 */
  printf("%f %d %d %.8s %d\n", sum(v, n), slots[0] + slots[4],
         nibble_pop(argv[2]), scanline + 16, argc);
  free(v);
  return 0;
}
