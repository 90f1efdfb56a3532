// EXPECT: dynamic-stack-buffer-overflow
// A 2-D VLA filled with an inclusive bound on its rows.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int rows = atoi(argv[1]) - 7, cols = argc + 2; /* 3 x 5 */
  double m[rows][cols];
  for (int r = 0; r <= rows; r++)
    for (int c = 0; c < cols; c++) m[r][c] = r * cols + c; // BUG
  printf("%f\n", m[1][2]);
  return 0;
}
