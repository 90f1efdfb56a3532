// EXPECT: heap-buffer-overflow
// FLAGS: -ffast-math
// A sliding-window RMS over audio samples, built with -ffast-math so the
// float reduction is reassociated and vectorized. The window is centred
// on the sample, and for the last sample half the window runs past the
// end of the heap array.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static float rms_at(const float *x, int n, int c,
                                              int half) {
  int lo = c - half < 0 ? 0 : c - half;
  float s = 0;
  for (int i = lo; i <= c + half; i++) s += x[i] * x[i]; // BUG
  return sqrtf(s / (float)(2 * half + 1));
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 20;    /* 200 */
  float *x = malloc((size_t)n * sizeof *x);
  for (int i = 0; i < n; i++) x[i] = (float)((i * 37) % 100) / 50.0f - 1.0f;
  float m = 0;
  for (int c = 0; c < n; c += 9) m = fmaxf(m, rms_at(x, n, c, 8));
  printf("%.3f\n", m);
  free(x);
  return 0;
}
