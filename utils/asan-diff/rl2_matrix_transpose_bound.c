// EXPECT: heap-buffer-overflow
// the Gram matrix A^T*A walks rows with the column count: for a tall A (rows > cols) that is fine, for the wide one it reads past the data
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct matrix {
  int rows, cols;
  double *d;   /* row-major */
};

static struct matrix mat_new(int rows, int cols) {
  struct matrix m = {rows, cols, calloc((size_t)rows * cols, sizeof(double))};
  return m;
}

static void mat_free(struct matrix *m) {
  free(m->d);
  m->d = NULL;
}

static double *at(struct matrix *m, int r, int c) { return &m->d[(size_t)r * m->cols + c]; }

static void mat_fill(struct matrix *m, const char *seed) {
  size_t sl = strlen(seed);
  for (int r = 0; r < m->rows; r++)
    for (int c = 0; c < m->cols; c++)
      *at(m, r, c) = (double)(seed[(size_t)(r * 3 + c) % sl] - 'A') / 4.0 - 2.0;
}

/* G = A^T A, cols x cols */
static struct matrix mat_gram(const struct matrix *a) {
  struct matrix g = mat_new(a->cols, a->cols);
  for (int i = 0; i < a->cols; i++)
    for (int j = 0; j < a->cols; j++) {
      double s = 0;
      for (int k = 0; k < a->cols; k++)   /* should run over a->rows */
        s += a->d[(size_t)k * a->cols + i] * a->d[(size_t)k * a->cols + j]; // BUG
      g.d[(size_t)i * g.cols + j] = s;
    }
  return g;
}

static double mat_trace(const struct matrix *m) {
  double t = 0;
  int n = m->rows < m->cols ? m->rows : m->cols;
  for (int i = 0; i < n; i++) t += m->d[(size_t)i * m->cols + i];
  return t;
}

static double mat_frob(const struct matrix *m) {
  double s = 0;
  for (size_t i = 0; i < (size_t)m->rows * m->cols; i++) s += m->d[i] * m->d[i];
  return s;
}

static void mat_scale_rows(struct matrix *m) {
  for (int r = 0; r < m->rows; r++) {
    double mx = 0;
    for (int c = 0; c < m->cols; c++) {
      double v = *at(m, r, c);
      if (v < 0) v = -v;
      if (v > mx) mx = v;
    }
    if (mx > 0)
      for (int c = 0; c < m->cols; c++) *at(m, r, c) /= mx;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *seed = argc > 2 ? argv[2] : "ABCDEFG";
  /* tall: (n+3) x n, fine by luck; wide: (n-4) x n reads past the end */
  struct matrix tall = mat_new(n + 3, n);
  struct matrix wide = mat_new(n - 4, n);
  mat_fill(&tall, seed);
  mat_fill(&wide, seed + 1);
  mat_scale_rows(&tall);
  mat_scale_rows(&wide);
  struct matrix g1 = mat_gram(&tall);
  printf("tall: trace=%.4f frob=%.4f\n", mat_trace(&g1), mat_frob(&g1));
  struct matrix g2 = mat_gram(&wide);
  printf("wide: trace=%.4f frob=%.4f\n", mat_trace(&g2), mat_frob(&g2));
  mat_free(&g1);
  mat_free(&g2);
  mat_free(&tall);
  mat_free(&wide);
  return 0;
}
