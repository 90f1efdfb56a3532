// EXPECT: none
// Arrays of arrays walked at their exact bounds: a 3x3 matrix-vector
// product with k < 3, a local 2D grid summed through a pointer to its
// first element over rows*cols elements, a global table of fixed-width
// names read to the last byte of the last row, and a column-major
// traversal.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char g_names[4][12] = {"alpha", "bravo", "charlie", "delta-echo!"};

__attribute__((noinline)) static void matvec(double m[3][3], const double *v,
                                             double *out) {
  for (int i = 0; i < 3; i++) {
    double s = 0;
    for (int k = 0; k < 3; k++) s += m[i][k] * v[k];
    out[i] = s;
  }
}
__attribute__((noinline)) static long flat_sum(const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}
__attribute__((noinline)) static long col_major(int g[5][7]) {
  long s = 0;
  for (int c = 0; c < 7; c++)
    for (int r = 0; r < 5; r++) s += g[r][c] * (c + 1);
  return s;
}

int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  double m[3][3], v[3] = {1, 2, 3}, out[3];
  int grid[5][7];
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) m[i][j] = i == j ? k : 0.5;
  for (int r = 0; r < 5; r++)
    for (int c = 0; c < 7; c++) grid[r][c] = r * 7 + c + argc;
  matvec(m, v, out);
  long s = flat_sum(&grid[0][0], 5 * 7) + col_major(grid);
  unsigned h = 0;
  for (int r = 0; r < 4; r++)
    for (int c = 0; c < 12; c++) h = h * 31 + (unsigned char)g_names[r][c];
  printf("%.1f %ld %u %zu\n", out[2], s, h, strlen(g_names[3]));
  return 0;
}
