// EXPECT: stack-buffer-overflow
// An image row buffer of 2048 pixels lives on the stack; a downsampling
// loop computes its last source index with the wrong stride and reads 33
// pixels (132 bytes) past the end -- well beyond a minimal 32-byte
// redzone, but inside the larger one ASan gives big locals.
#include <stdio.h>
#include <stdlib.h>
#define W 2048
__attribute__((noinline)) static long downsample(const int *row, int factor, int outw) {
  long s = 0;
  for (int i = 0; i < outw; i++) s += row[i * factor + factor + 1]; // BUG
  return s;
}
__attribute__((noinline)) static long process(int seed, int factor) {
  int row[W];
  for (int i = 0; i < W; i++) row[i] = (i * seed) & 255;
  /* 2048 / 40 rounded up: 52 output pixels; the last reads 51*40+41 = 2081 */
  return downsample(row, factor, (W + factor - 1) / factor);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  printf("%ld\n", process(argc + n, n * 4));
  return 0;
}
