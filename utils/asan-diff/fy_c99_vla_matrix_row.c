// EXPECT: dynamic-stack-buffer-overflow
// FLAGS: -std=c99 -pedantic
// Strict C99: a variable-length matrix on the stack, sized from the
// command line. The transpose helper swaps the loop bounds for the
// destination, so for a non-square matrix it writes past the VLA.
#include <stdio.h>
#include <stdlib.h>

static void transpose(int rows, int cols, double src[rows][cols],
                      double dst[cols][rows]) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++)
      dst[i][j] = src[i][j]; // BUG
}

int main(int argc, char **argv) {
  int rows = atoi(argv[1]) / 2, cols = 3;    /* 5 x 3 */
  double a[rows][cols];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) a[i][j] = i * 10 + j;
  double t[cols][rows];
  transpose(rows, cols, a, t);
  printf("%.0f\n", t[1][2]);
  return 0;
}
