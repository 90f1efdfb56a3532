// EXPECT: stack-buffer-overflow
// Byte count computed with the destination's element size; the int source is half as big.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int src[8];
  double dst[8];
  for (int i = 0; i < 8; i++)
    src[i] = argv[2][i];
  size_t n = atoi(argv[1]) - 2;
  memcpy(dst, src, n * sizeof(double)); // BUG
  printf("%g\n", dst[0]);
  return 0;
}
