// EXPECT: dynamic-stack-buffer-overflow
// Gaussian elimination with partial pivoting on a VLA matrix; when a row
// swap is needed, the tail of the pivot row (columns i..n-1) is saved in
// a scratch VLA of exactly n - i doubles. The memcpy that saves it counts
// one column too many (n - i + 1), reading past the matrix row into the
// next (harmless) but writing past the end of the scratch VLA.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double determinant(int n, double a[n][n]) {
  double d = 1;
  for (int i = 0; i < n; i++) {
    int p = i;
    for (int r = i + 1; r < n; r++)
      if (fabs(a[r][i]) > fabs(a[p][i])) p = r;
    if (a[p][i] == 0) return 0;
    if (p != i) {
      double tail[n - i];
      memcpy(tail, &a[p][i], (size_t)(n - i + 1) * sizeof(double));  // BUG
      memcpy(&a[p][i], &a[i][i], (size_t)(n - i) * sizeof(double));
      memcpy(&a[i][i], tail, (size_t)(n - i) * sizeof(double));
      d = -d;
    }
    d *= a[i][i];
    for (int r = i + 1; r < n; r++) {
      double f = a[r][i] / a[i][i];
      for (int c = i; c < n; c++) a[r][c] -= f * a[i][c];
    }
  }
  return d;
}

int main(int argc, char **argv) {
  int base = argc > 1 ? atoi(argv[1]) : 10;
  int n = base / 2 + 1;
  double m[n + 1][n];  // one spare row so the read stays inside the array
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) m[i][j] = (double)((i * 5 + j * 3) % 7) + (i == n - 1 ? 9 : 0);
  printf("%.3f\n", determinant(n, m));
  return 0;
}
