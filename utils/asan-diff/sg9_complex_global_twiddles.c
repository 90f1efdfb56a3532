// EXPECT: global-buffer-overflow
// An FFT butterfly reads _Complex double twiddle factors from a global table
// of N/2 entries; the index k*stride is not reduced when stride doubles on
// the last pass, so it reads one factor past the table.
#include <complex.h>
#include <stdio.h>
#include <stdlib.h>

#define N 8
static _Complex double tw[N / 2] = {1.0, 0.7071 - 0.7071 * I, -1.0 * I, -0.7071 - 0.7071 * I};

__attribute__((noinline)) static _Complex double factor(int k, int stride) {
  return tw[k * stride]; // BUG
}

int main(int argc, char **argv) {
  _Complex double acc = 0;
  int stride = atoi(argv[1]) / 5;     /* 2 */
  for (int k = 0; k < N / 2 / stride + 1; k++) acc += factor(k, stride);
  printf("%f %f %d\n", creal(acc), cimag(acc), argc);
  return 0;
}
