// EXPECT: stack-buffer-overflow
// Gauss-Jordan's elimination loop runs to c <= 2n: for a 4x4 the last row's aug[3][8] is past the local array
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXN 4

typedef struct {
  int n;
  double a[MAXN][MAXN];
} mat;

typedef struct { double v[MAXN]; } vec;

static mat mat_zero(int n) {
  mat m;
  memset(&m, 0, sizeof m);
  m.n = n;
  return m;
}

static mat mat_identity(int n) {
  mat m = mat_zero(n);
  for (int i = 0; i < n; i++) m.a[i][i] = 1.0;
  return m;
}

static mat mat_mul(const mat *x, const mat *y) {
  mat r = mat_zero(x->n);
  for (int i = 0; i < x->n; i++)
    for (int j = 0; j < x->n; j++) {
      double s = 0;
      for (int k = 0; k < x->n; k++) s += x->a[i][k] * y->a[k][j];
      r.a[i][j] = s;
    }
  return r;
}

static mat mat_transpose(const mat *x) {
  mat r = mat_zero(x->n);
  for (int i = 0; i < x->n; i++)
    for (int j = 0; j < x->n; j++) r.a[j][i] = x->a[i][j];
  return r;
}

static vec mat_apply(const mat *m, const vec *x) {
  vec r;
  for (int i = 0; i < m->n; i++) {
    double s = 0;
    for (int k = 0; k < m->n; k++) s += m->a[i][k] * x->v[k];
    r.v[i] = s;
  }
  for (int i = m->n; i < MAXN; i++) r.v[i] = 0;
  return r;
}

/* Determinant by elimination with partial pivoting on a copy. */
static double mat_det(const mat *x) {
  mat m = *x;
  double det = 1.0;
  for (int p = 0; p < m.n; p++) {
    int best = p;
    for (int r = p + 1; r < m.n; r++)
      if (fabs(m.a[r][p]) > fabs(m.a[best][p])) best = r;
    if (fabs(m.a[best][p]) < 1e-12) return 0.0;
    if (best != p) {
      for (int c = 0; c < m.n; c++) {
        double t = m.a[p][c]; m.a[p][c] = m.a[best][c]; m.a[best][c] = t;
      }
      det = -det;
    }
    det *= m.a[p][p];
    for (int r = p + 1; r < m.n; r++) {
      double f = m.a[r][p] / m.a[p][p];
      for (int c = p; c < m.n; c++) m.a[r][c] -= f * m.a[p][c];
    }
  }
  return det;
}

/* Gauss-Jordan on [x | I]; returns 0 if singular. */
static int mat_inverse(const mat *x, mat *out) {
  int n = x->n;
  double aug[MAXN][2 * MAXN];
  for (int r = 0; r < n; r++)
    for (int c = 0; c < 2 * n; c++)
      aug[r][c] = c < n ? x->a[r][c] : (c - n == r);
  for (int p = 0; p < n; p++) {
    int best = p;
    for (int r = p + 1; r < n; r++)
      if (fabs(aug[r][p]) > fabs(aug[best][p])) best = r;
    if (fabs(aug[best][p]) < 1e-12) return 0;
    for (int c = 0; c < 2 * n; c++) {
      double t = aug[p][c]; aug[p][c] = aug[best][c]; aug[best][c] = t;
    }
    double piv = aug[p][p];
    for (int c = 0; c < 2 * n; c++) aug[p][c] /= piv;
    for (int r = 0; r < n; r++) {
      if (r == p) continue;
      double f = aug[r][p];
      for (int c = 0; c <= 2 * n; c++) aug[r][c] -= f * aug[p][c]; // BUG
    }
  }
  *out = mat_zero(n);
  for (int r = 0; r < n; r++)
    for (int c = 0; c < n; c++) out->a[r][c] = aug[r][n + c];
  return 1;
}

static mat rot3(int axis, double angle) {
  mat m = mat_identity(3);
  double c = cos(angle), s = sin(angle);
  int i = (axis + 1) % 3, j = (axis + 2) % 3;
  m.a[i][i] = c; m.a[i][j] = -s;
  m.a[j][i] = s; m.a[j][j] = c;
  return m;
}

static double max_abs_diff(const mat *x, const mat *y) {
  double d = 0;
  for (int i = 0; i < x->n; i++)
    for (int j = 0; j < x->n; j++) {
      double e = fabs(x->a[i][j] - y->a[i][j]);
      if (e > d) d = e;
    }
  return d;
}

static mat random_mat(int n, unsigned *seed) {
  mat m = mat_zero(n);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      *seed = *seed * 1103515245u + 12345u;
      m.a[i][j] = (double)((*seed >> 16) % 21) - 10.0 + (i == j ? 12.0 : 0.0);
    }
  return m;
}

static void print_mat(const char *name, const mat *m) {
  printf("%s (%dx%d):\n", name, m->n, m->n);
  for (int i = 0; i < m->n; i++) {
    for (int j = 0; j < m->n; j++) printf(" %8.3f", m->a[i][j]);
    printf("\n");
  }
}

int main(int argc, char **argv) {
  unsigned seed = argc > 1 ? (unsigned)atoi(argv[1]) : 10;
  int maxdim = argc > 2 ? 2 + (int)(strlen(argv[2]) % 4) : 4; /* 26 letters: up to 4x4 */
  if (maxdim < 2) maxdim = 2;

  /* 3-D rotations: R = Rz * Ry * Rx must be orthonormal with det 1. */
  mat rx = rot3(0, 0.1 * seed), ry = rot3(1, 0.2 * seed), rz = rot3(2, 0.3 * seed);
  mat t = mat_mul(&ry, &rx);
  mat r = mat_mul(&rz, &t);
  mat rt = mat_transpose(&r);
  mat should_be_i = mat_mul(&r, &rt);
  mat i3 = mat_identity(3);
  print_mat("R", &r);
  printf("det(R) %.6f, |R R^T - I| %.2e\n", mat_det(&r), max_abs_diff(&should_be_i, &i3));

  vec p = { { 1.0, 2.0, 3.0, 0.0 } };
  for (int k = 0; k < 4; k++) p = mat_apply(&r, &p);
  printf("rotated point %.4f %.4f %.4f (norm %.4f)\n", p.v[0], p.v[1], p.v[2],
         sqrt(p.v[0] * p.v[0] + p.v[1] * p.v[1] + p.v[2] * p.v[2]));

  /* Random well-conditioned matrices of every size: A * inv(A) = I. */
  for (int n = 2; n <= maxdim; n++) {
    for (int rep = 0; rep < 3; rep++) {
      mat m = random_mat(n, &seed), inv;
      if (!mat_inverse(&m, &inv)) { printf("%dx%d singular\n", n, n); continue; }
      mat prod = mat_mul(&m, &inv);
      mat id = mat_identity(n);
      double det = mat_det(&m), det_inv = mat_det(&inv);
      printf("%dx%d #%d det %10.3f det*det(inv) %.6f err %.2e\n", n, n, rep, det, det * det_inv,
             max_abs_diff(&prod, &id));
    }
  }
  return 0;
}
