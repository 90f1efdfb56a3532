// EXPECT: none
// Two-dimensional VLAs passed as variably modified parameters; the
// determinant of an n x n matrix by cofactor expansion recurses with a
// fresh (n-1) x (n-1) VLA minor in every frame; sizeof of VLAs.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static long det(int n, long m[n][n]) {
  if (n == 1) return m[0][0];
  if (n == 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  long total = 0;
  for (int c = 0; c < n; c++) {
    long minor[n - 1][n - 1];
    for (int i = 1; i < n; i++) {
      int cc = 0;
      for (int j = 0; j < n; j++)
        if (j != c) minor[i - 1][cc++] = m[i][j];
    }
    long d = det(n - 1, minor);
    total += (c % 2 ? -1 : 1) * m[0][c] * d;
  }
  return total;
}

__attribute__((noinline)) static void fill(int rows, int cols, long m[rows][cols], int seed) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) m[i][j] = (seed * 31 + i * 7 + j * 3 + i * j) % 11 - 5;
}

__attribute__((noinline)) static long transpose_sum(int rows, int cols, long a[rows][cols]) {
  long t[cols][rows];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++) t[j][i] = a[i][j];
  long s = (long)(sizeof t / sizeof t[0][0]);
  for (int j = 0; j < cols; j++) s += t[j][rows - 1] * (j + 1);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int dim = n > 8 ? 7 : n < 2 ? 2 : n - 1;
  long total = 0;
  for (int r = 0; r < 6; r++) {
    long m[dim][dim];
    fill(dim, dim, m, r);
    total += det(dim, m);
    long wide[3][dim + r];
    fill(3, dim + r, wide, r + 1);
    total += transpose_sum(3, dim + r, wide);
  }
  printf("%ld\n", total);
  return 0;
}
