// EXPECT: heap-buffer-overflow
// a small dense matrix library; transpose indexes the destination with the source's column count, which only works for square matrices
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct matrix {
  size_t rows, cols;
  double *d;
};

static struct matrix mat_new(size_t rows, size_t cols) {
  struct matrix m = {rows, cols, calloc(rows * cols, sizeof(double))};
  return m;
}

static void mat_free(struct matrix *m) {
  free(m->d);
  m->d = NULL;
}

static double *at(const struct matrix *m, size_t i, size_t j) { return &m->d[i * m->cols + j]; }

static struct matrix mat_mul(const struct matrix *a, const struct matrix *b) {
  struct matrix c = mat_new(a->rows, b->cols);
  for (size_t i = 0; i < a->rows; i++)
    for (size_t k = 0; k < a->cols; k++) {
      double aik = *at(a, i, k);
      for (size_t j = 0; j < b->cols; j++) *at(&c, i, j) += aik * *at(b, k, j);
    }
  return c;
}

static struct matrix mat_transpose(const struct matrix *m) {
  struct matrix t = mat_new(m->cols, m->rows);
  for (size_t i = 0; i < m->rows; i++)
    for (size_t j = 0; j < m->cols; j++)
      t.d[j * m->cols + i] = m->d[i * m->cols + j]; // BUG
  return t;
}

static double mat_trace(const struct matrix *m) {
  double s = 0;
  for (size_t i = 0; i < m->rows && i < m->cols; i++) s += *at(m, i, i);
  return s;
}

static double mat_frobenius(const struct matrix *m) {
  double s = 0;
  for (size_t i = 0; i < m->rows * m->cols; i++) s += m->d[i] * m->d[i];
  return sqrt(s);
}

static void mat_print(const char *name, const struct matrix *m) {
  printf("%s (%zux%zu):\n", name, m->rows, m->cols);
  for (size_t i = 0; i < m->rows && i < 4; i++) {
    for (size_t j = 0; j < m->cols && j < 6; j++) printf(" %8.2f", *at(m, i, j));
    printf("%s\n", m->cols > 6 ? " ..." : "");
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  /* design matrix: 3 features observed over n samples */
  struct matrix x = mat_new(3, (size_t)n);
  for (size_t i = 0; i < x.rows; i++)
    for (size_t j = 0; j < x.cols; j++)
      *at(&x, i, j) = (double)(alpha[(i * 5 + j) % al] - 'A') / 4.0 + (double)i;
  struct matrix xt = mat_transpose(&x);
  struct matrix gram = mat_mul(&x, &xt);
  mat_print("X", &x);
  mat_print("X X^T", &gram);
  printf("trace %.3f frobenius %.3f\n", mat_trace(&gram), mat_frobenius(&gram));
  mat_free(&gram);
  mat_free(&xt);
  mat_free(&x);
  return 0;
}
