// EXPECT: stack-buffer-overflow
// y += a*x over two local vectors of different lengths: the caller passes
// the length of y (16) for both, so the vectorized axpy reads x[15], one
// double past the 15-element x.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void axpy(double a, const double *x,
                                           double *y, int n) {
  for (int i = 0; i < n; i++)
    y[i] += a * x[i]; // BUG
}

int main(int argc, char **argv) {
  double x[15], y[16];
  int n = atoi(argv[1]) + 6; /* 16 */
  for (int i = 0; i < 15; i++) x[i] = i * 0.5 + argc;
  for (int i = 0; i < 16; i++) y[i] = 1.0 / (i + 1);
  axpy(2.0, x, y, n);
  double s = 0;
  for (int i = 0; i < 16; i++) s += y[i];
  printf("%.3f\n", s);
  return 0;
}
