// EXPECT: global-buffer-overflow
// A 16-byte static const table (the size of a mergeable .rodata.cst16
// constant) read one element past its end.
#include <stdio.h>
#include <stdlib.h>
static const float weights[4] = {0.1f, 0.2f, 0.3f, 0.4f};
__attribute__((noinline)) static float dot(const float *v, int n) {
  float s = 0;
  for (int i = 0; i < n; i++) s += v[i] * weights[i]; // BUG
  return s;
}
int main(int argc, char **argv) {
  float v[8] = {1, 2, 3, 4, 5, 6, 7, (float)argc};
  printf("%f\n", dot(v, atoi(argv[1]) - 5)); /* 5 */
  return 0;
}
