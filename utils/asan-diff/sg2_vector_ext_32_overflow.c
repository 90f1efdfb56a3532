// EXPECT: stack-buffer-overflow
// A 32-byte GNU vector load (two 16-byte halves on SSE2) starting inside a
// 12-float array: its last 16 bytes are past the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef float v8f __attribute__((vector_size(32), aligned(4)));
__attribute__((noinline)) static float hsum(const float *p) {
  v8f v = *(const v8f *)p; // BUG
  float s = 0;
  for (int i = 0; i < 8; i++) s += v[i];
  return s;
}
int main(int argc, char **argv) {
  float a[12];
  for (int i = 0; i < 12; i++) a[i] = i + argc;
  int off = atoi(argv[1]) - 2; /* 8: a[8..15] */
  printf("%f\n", hsum(a + off));
  return 0;
}
