// EXPECT: none
// matrices as VLAs on the stack: a recursive determinant by cofactor minors (a VLA per level), LU with partial pivoting, a blocked multiply and alloca'd scratch rows
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double det_rec(int n, double m[n][n]) {
  if (n == 1) return m[0][0];
  if (n == 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  double minor[n - 1][n - 1];
  double d = 0;
  for (int c = 0; c < n; c++) {
    for (int r = 1; r < n; r++) {
      int k = 0;
      for (int cc = 0; cc < n; cc++)
        if (cc != c) minor[r - 1][k++] = m[r][cc];
    }
    double sub = det_rec(n - 1, minor);
    d += (c % 2 ? -1 : 1) * m[0][c] * sub;
  }
  return d;
}

static double det_lu(int n, double a[n][n]) {
  double lu[n][n];
  memcpy(lu, a, sizeof lu);
  double det = 1;
  for (int k = 0; k < n; k++) {
    int piv = k;
    for (int r = k + 1; r < n; r++)
      if ((lu[r][k] < 0 ? -lu[r][k] : lu[r][k]) > (lu[piv][k] < 0 ? -lu[piv][k] : lu[piv][k])) piv = r;
    if (lu[piv][k] == 0) return 0;
    if (piv != k) {
      double *tmp = alloca(sizeof(double) * (size_t)n);
      memcpy(tmp, lu[k], sizeof(double) * (size_t)n);
      memcpy(lu[k], lu[piv], sizeof(double) * (size_t)n);
      memcpy(lu[piv], tmp, sizeof(double) * (size_t)n);
      det = -det;
    }
    det *= lu[k][k];
    for (int r = k + 1; r < n; r++) {
      double f = lu[r][k] / lu[k][k];
      for (int c = k; c < n; c++) lu[r][c] -= f * lu[k][c];
    }
  }
  return det;
}

static void mul_blocked(int n, double a[n][n], double b[n][n], double out[n][n]) {
  const int B = 3;
  memset(out, 0, sizeof(double) * (size_t)n * (size_t)n);
  for (int i0 = 0; i0 < n; i0 += B)
    for (int k0 = 0; k0 < n; k0 += B)
      for (int j0 = 0; j0 < n; j0 += B)
        for (int i = i0; i < i0 + B && i < n; i++)
          for (int k = k0; k < k0 + B && k < n; k++) {
            double aik = a[i][k];
            for (int j = j0; j < j0 + B && j < n; j++) out[i][j] += aik * b[k][j];
          }
}

static void fill(int n, double m[n][n], const char *seed, int salt) {
  size_t sl = strlen(seed);
  for (int r = 0; r < n; r++)
    for (int c = 0; c < n; c++)
      m[r][c] = (double)((seed[(size_t)(r * 5 + c * 3 + salt) % sl] - 'A') % 7) - 3 + (r == c ? 4 : 0);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *seed = argc > 2 ? argv[2] : "ABCDEFGHIJ";
  int sizes[4] = {n / 2, n / 2 + 1, n - 3, n - 2};
  double total = 0;
  for (int t = 0; t < 4; t++) {
    int k = sizes[t];
    double a[k][k], b[k][k], c[k][k];
    fill(k, a, seed, t);
    fill(k, b, seed, t + 7);
    mul_blocked(k, a, b, c);
    double dr = k <= 7 ? det_rec(k, c) : 0;
    double dl = det_lu(k, c);
    double da = det_lu(k, a), db = det_lu(k, b);
    double rel = da * db != 0 ? dl / (da * db) : 0;
    printf("k=%d det(ab)=%.4g rec=%.4g ratio=%.6f\n", k, dl, dr, rel);
    total += c[k - 1][k - 1] + c[0][k - 1];
  }
  printf("total=%.3f\n", total);
  return 0;
}
