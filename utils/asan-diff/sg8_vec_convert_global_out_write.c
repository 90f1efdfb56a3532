// EXPECT: global-buffer-overflow
// Sensor readings (ints) are converted to calibrated floats in a global
// output array of 50; the input array has 51 slots (one reserved for a
// checksum) and the converter is given the input's length, so the
// vectorized conversion writes out[50].
#include <stdio.h>
#include <stdlib.h>

static int g_raw[51];
static float g_calibrated[50];

__attribute__((noinline)) static void calibrate(int n, float gain) {
  for (int i = 0; i < n; i++)
    g_calibrated[i] = (float)g_raw[i] * gain - 3.5f; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 5 + 1; /* 51 */
  for (int i = 0; i < 51; i++) g_raw[i] = i * 17 + argc;
  calibrate(n, 0.25f);
  float s = 0;
  for (int i = 0; i < 50; i++) s += g_calibrated[i];
  printf("%.2f\n", s);
  return 0;
}
