// EXPECT: stack-buffer-overflow
// A float copy loop whose count is one more than the source array holds.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static float total(const float *v, int n) {
  float t = 0;
  for (int i = 0; i < n; i++) t += v[i];
  return t;
}
int main(int argc, char **argv) {
  float src[37], dst[48];
  for (int i = 0; i < 37; i++) src[i] = (float)i / argc;
  int n = atoi(argv[1]) + 28; /* 38 */
  for (int i = 0; i < n; i++) dst[i] = src[i] * 0.5f; // BUG
  printf("%f\n", total(dst, 37));
  return 0;
}
