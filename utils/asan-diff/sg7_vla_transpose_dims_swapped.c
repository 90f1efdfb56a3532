// EXPECT: dynamic-stack-buffer-overflow
// A transpose into a VLA declared `double t[rows][cols]` (same shape as the
// source, should be [cols][rows]); for a wide matrix, writing t[j][i] with
// j up to cols-1 runs past the VLA.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static double transpose_trace(int rows, int cols, int seed) {
  double m[rows][cols];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) m[i][j] = seed * i + j;
  double t[rows][cols];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++)
      t[j][i] = m[i][j]; // BUG
  double tr = 0;
  for (int k = 0; k < rows; k++) tr += t[k][k];
  return tr;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  printf("%.1f\n", transpose_trace(n / 5, n - 2, argc)); /* 2 x 8 */
  return 0;
}
