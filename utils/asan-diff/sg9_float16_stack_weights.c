// EXPECT: stack-buffer-overflow
// Quantized weights are kept as _Float16 in a 6-element local; the dot
// product iterates over the input length (7) instead of the weight count,
// reading a 2-byte half past the array.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static float dot(const _Float16 *w, const char *x, int n) {
  float s = 0;
  for (int i = 0; i < n; i++) s += (float)w[i] * (x[i] - 'A'); // BUG
  return s;
}

int main(int argc, char **argv) {
  _Float16 w[6];
  for (int i = 0; i < 6; i++) w[i] = (_Float16)(0.25f * (i + argc));
  int n = atoi(argv[1]) - 3;           /* 7 */
  printf("%f\n", dot(w, argv[2], n));
  return 0;
}
