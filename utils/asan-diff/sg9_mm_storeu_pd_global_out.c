// EXPECT: global-buffer-overflow
// FLAGS: -msse2
// A scaled copy writes two doubles per _mm_storeu_pd into a global result
// array of 7; the pairwise loop's last store writes result[6..7].
#include <emmintrin.h>
#include <stdio.h>
#include <stdlib.h>

static double result[7];
static double input[8] = {1, 2, 3, 4, 5, 6, 7, 8};

__attribute__((noinline)) static void scale(double k, int n) {
  __m128d kk = _mm_set1_pd(k);
  for (int i = 0; i < n; i += 2)
    _mm_storeu_pd(&result[i], _mm_mul_pd(_mm_loadu_pd(&input[i]), kk)); // BUG
}

int main(int argc, char **argv) {
  scale(argc * 1.5, atoi(argv[1]) - 3);  /* 7 */
  printf("%f %f\n", result[0], result[6]);
  return 0;
}
