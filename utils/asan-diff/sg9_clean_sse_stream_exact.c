// EXPECT: none
// FLAGS: -mavx2
// SSE/AVX unaligned loads and stores (_mm_loadu_si128, _mm256_loadu_ps,
// _mm_storeu_pd) and _mm_stream_si32 kept exactly inside heap, stack and
// global buffers, with scalar tails where the length is not a multiple of
// the vector width.
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double result[7];
static double input[7] = {1, 2, 3, 4, 5, 6, 7};

int main(int argc, char **argv) {
  char tag[16];
  memcpy(tag, argv[2], 16);
  __m128i x = _mm_loadu_si128((const __m128i *)tag);
  int eq = _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_loadu_si128((const __m128i *)argv[2])));
  int n = atoi(argv[1]) * 2;           /* 20 */
  float *v = malloc(n * sizeof *v);
  for (int i = 0; i < n; i++) v[i] = i * 0.5f;
  __m256 acc = _mm256_setzero_ps();
  int i = 0;
  for (; i + 8 <= n; i += 8) acc = _mm256_add_ps(acc, _mm256_loadu_ps(v + i));
  float t[8], tail = 0;
  _mm256_storeu_ps(t, acc);
  for (; i < n; i++) tail += v[i];
  __m128d k = _mm_set1_pd(argc * 1.5);
  int j = 0;
  for (; j + 2 <= 7; j += 2) _mm_storeu_pd(&result[j], _mm_mul_pd(_mm_loadu_pd(&input[j]), k));
  for (; j < 7; j++) result[j] = input[j] * argc * 1.5;
  int w = atoi(argv[1]), h = 3;
  int *fb = malloc(w * h * sizeof *fb);
  for (int p = 0; p < w * h; p++) _mm_stream_si32(&fb[p], p);
  _mm_sfence();
  printf("%x %f %f %f %d\n", eq, t[0] + t[7], tail, result[6], fb[w * h - 1]);
  free(v);
  free(fb);
  return 0;
}
