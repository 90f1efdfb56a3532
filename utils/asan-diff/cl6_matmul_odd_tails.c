// EXPECT: none
// A blocked matrix kernel on local arrays with awkward sizes (5x7 times
// 7x13, 17x3, 1x31 ...): the inner loops are vectorized at -O2 with
// scalar tails that stop exactly at the last column; rows are copied with
// memcpy of exactly cols*sizeof(float), the transposed copy is written
// column by column, and a final reduction reads every element once.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void matmul(int m, int k, int n, const float *a,
                                             const float *b, float *c) {
  for (int i = 0; i < m; i++) {
    float *crow = c + i * n;
    for (int j = 0; j < n; j++) crow[j] = 0;
    for (int p = 0; p < k; p++) {
      float av = a[i * k + p];
      const float *brow = b + p * n;
      for (int j = 0; j < n; j++) crow[j] += av * brow[j];
    }
  }
}

__attribute__((noinline)) static void transpose(int m, int n, const float *a, float *t) {
  for (int j = 0; j < n; j++)
    for (int i = 0; i < m; i++) t[j * m + i] = a[i * n + j];
}

__attribute__((noinline)) static double check(int m, int k, int n, int seed) {
  float a[m * k], b[k * n], c[m * n], ct[n * m], row[n];
  for (int i = 0; i < m * k; i++) a[i] = (float)((i * 3 + seed) % 7) - 3;
  for (int i = 0; i < k * n; i++) b[i] = (float)((i * 5 + seed) % 9) - 4;
  matmul(m, k, n, a, b, c);
  transpose(m, n, c, ct);
  double s = 0;
  for (int i = 0; i < m; i++) {
    memcpy(row, c + i * n, (size_t)n * sizeof(float));
    for (int j = 0; j < n; j++) s += row[j] * (j + 1) - ct[j * m + i];
  }
  return s;
}

int main(int argc, char **argv) {
  int base = argc > 1 ? atoi(argv[1]) : 10;
  static const int dims[][3] = {{5, 7, 13}, {17, 3, 1}, {1, 31, 31}, {3, 3, 3},
                                {9, 1, 33}, {16, 16, 17}, {2, 65, 7}, {1, 1, 1}};
  double total = 0;
  for (int r = 0; r < base; r++)
    for (unsigned d = 0; d < sizeof dims / sizeof dims[0]; d++)
      total += check(dims[d][0], dims[d][1], dims[d][2], r);
  printf("%.1f\n", total);
  return 0;
}
