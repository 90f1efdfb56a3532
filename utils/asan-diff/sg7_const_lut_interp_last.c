// EXPECT: global-buffer-overflow
// Piecewise-linear interpolation over a const (read-only) gamma table:
// the segment index for x at the top of the range is the last entry, and
// the interpolation reads lut[i + 1] past the table.
#include <stdio.h>
#include <stdlib.h>
static const float kGamma[9] = {0.0f, 0.02f, 0.08f, 0.18f, 0.32f, 0.5f, 0.72f, 0.98f, 1.0f};
__attribute__((noinline)) static float gamma_at(float x) {
  float pos = x * 8.0f;
  int i = (int)pos;
  float t = pos - (float)i;
  return kGamma[i] * (1.0f - t) + kGamma[i + 1] * t; // BUG
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  float x = (float)n / 10.0f;  /* 1.0: the top of the range */
  float g = gamma_at(x);
  printf("%.3f %d\n", g, argc);
  return 0;
}
