// EXPECT: stack-buffer-overflow
// A 3-point smoothing filter treats only the left edge specially; for the
// last sample it still reads in[i + 1], one float past the local input.
// At -O2 the interior loop is vectorized with three shifted loads.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void smooth(const float *in, float *out,
                                             int n) {
  out[0] = (in[0] + in[1]) * 0.5f;
  for (int i = 1; i < n; i++)
    out[i] = (in[i - 1] + in[i] + in[i + 1]) * (1.0f / 3.0f); // BUG
}

int main(int argc, char **argv) {
  float in[32], out[32];
  int n = atoi(argv[1]) * 3 + 2; /* 32 */
  for (int i = 0; i < 32; i++) in[i] = (float)((i * 13 + argc) % 17);
  smooth(in, out, n);
  float s = 0;
  for (int i = 0; i < 32; i++) s += out[i];
  printf("%.2f\n", s);
  return 0;
}
