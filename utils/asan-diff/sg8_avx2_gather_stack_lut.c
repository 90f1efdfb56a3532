// EXPECT: stack-buffer-overflow
// FLAGS: -mavx2
// Table-driven gamma correction with a 17-entry local lookup table
// (16 segments plus the end point), indexed by `level * 17 / 16`. Levels
// 0..15 map to entries 0..15, but the level array also holds 16 (the
// overflow value of a saturating counter), which maps to entry 17. At -O2
// with AVX2 the loop becomes a gather; the lane for level 16 reads past
// the table.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void apply(const float *lut, const int *lvl,
                                            float *out, int n) {
  for (int i = 0; i < n; i++)
    out[i] = lut[lvl[i] * 17 / 16]; // BUG
}

int main(int argc, char **argv) {
  float lut[17];
  int lvl[40];
  float out[40];
  int n = atoi(argv[1]) * 4; /* 40 */
  for (int i = 0; i < 17; i++) lut[i] = (float)(i * i) / 256.0f;
  for (int i = 0; i < 40; i++) lvl[i] = (i * 7 + argc) % 16;
  lvl[33] = 16; /* saturated */
  apply(lut, lvl, out, n);
  float s = 0;
  for (int i = 0; i < 40; i++) s += out[i];
  printf("%.3f\n", s);
  return 0;
}
