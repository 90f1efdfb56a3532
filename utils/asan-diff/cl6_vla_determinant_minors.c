// EXPECT: none
// Determinants by Laplace expansion: each recursion level allocates the
// (n-1)x(n-1) minor as a VLA inside the loop over columns (so the VLA is
// released and re-allocated every iteration), passes it down as a
// variably modified parameter, and compares against Gaussian elimination
// done in a second VLA copy. Matrix sizes 1..8 are derived from argv.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double det_laplace(int n, double m[n][n]) {
  if (n == 1) return m[0][0];
  if (n == 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  double d = 0;
  for (int col = 0; col < n; col++) {
    double minor[n - 1][n - 1];
    for (int r = 1; r < n; r++) {
      int k = 0;
      for (int c = 0; c < n; c++)
        if (c != col) minor[r - 1][k++] = m[r][c];
    }
    double sub = det_laplace(n - 1, minor);
    d += (col % 2 ? -1 : 1) * m[0][col] * sub;
  }
  return d;
}

static double det_gauss(int n, const double src[n][n]) {
  double a[n][n];
  memcpy(a, src, sizeof a);
  double d = 1;
  for (int i = 0; i < n; i++) {
    int p = i;
    for (int r = i + 1; r < n; r++)
      if (fabs(a[r][i]) > fabs(a[p][i])) p = r;
    if (a[p][i] == 0) return 0;
    if (p != i) {
      double tmp[n];
      memcpy(tmp, a[p], sizeof tmp);
      memcpy(a[p], a[i], sizeof tmp);
      memcpy(a[i], tmp, sizeof tmp);
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
  int bad = 0;
  double total = 0;
  for (int n = 1; n <= 8; n++) {
    for (int t = 0; t < 3; t++) {
      double m[n][n];
      for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
          m[i][j] = (double)((i * 7 + j * 3 + t * base) % 11) - 5 + (i == j ? n : 0);
      double a = det_laplace(n, m), b = det_gauss(n, (const double(*)[n])m);
      if (fabs(a - b) > 1e-6 * (1 + fabs(a))) bad++;
      total += a;
    }
  }
  printf("total %.1f mismatches %d\n", total, bad);
  return 0;
}
