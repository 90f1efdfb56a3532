// EXPECT: heap-buffer-overflow
// FLAGS: -march=x86-64-v3
// A dot product built for x86-64-v3 (AVX2/FMA), where the loop is
// vectorized 8 floats at a time. The caller passes the padded length (the
// length rounded up to a multiple of 8) for a vector that was allocated
// with its exact length, so the last vector iteration reads past the block.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static float dot(const float *a, const float *b,
                                           size_t n) {
  float s = 0;
  for (size_t i = 0; i < n; i++) s += a[i] * b[i]; // BUG
  return s;
}

int main(int argc, char **argv) {
  size_t n = (size_t)atoi(argv[1]) * 3 + 7;          /* 37 */
  size_t padded = (n + 7) & ~(size_t)7;              /* 40 */
  float *a = malloc(padded * sizeof *a), *b = malloc(n * sizeof *b);
  for (size_t i = 0; i < padded; i++) a[i] = i < n ? 1.0f : 0.0f;
  for (size_t i = 0; i < n; i++) b[i] = (float)i;
  printf("%.1f\n", dot(a, b, padded));
  free(a);
  free(b);
  return 0;
}
