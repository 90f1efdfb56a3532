// EXPECT: heap-buffer-overflow
// FLAGS: -mavx2
// An AVX sum of a heap float array in 8-lane steps has no scalar tail: with
// 20 elements the third _mm256_loadu_ps reads elements 16..23.
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static float sum(const float *v, int n) {
  __m256 acc = _mm256_setzero_ps();
  for (int i = 0; i < n; i += 8)
    acc = _mm256_add_ps(acc, _mm256_loadu_ps(v + i)); // BUG
  float t[8];
  _mm256_storeu_ps(t, acc);
  return t[0] + t[1] + t[2] + t[3] + t[4] + t[5] + t[6] + t[7];
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 2;         /* 20 */
  float *v = malloc(n * sizeof *v);
  for (int i = 0; i < n; i++) v[i] = i * 0.5f + argc;
  printf("%f\n", sum(v, n));
  free(v);
  return 0;
}
