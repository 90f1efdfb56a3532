// EXPECT: stack-buffer-overflow
// A 3x3 matrix-vector product whose inner loop runs `k <= n` over a vector
// that has room for a homogeneous coordinate (4 entries). For rows 0 and 1
// m[i][3] is the next row's first element (wrong, but inside the matrix);
// for the last row it is one double past the local matrix.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void matvec(double m[3][3], const double *v,
                                             double *out, int n) {
  for (int i = 0; i < 3; i++) {
    double s = 0;
    for (int k = 0; k <= n; k++)
      s += m[i][k] * v[k]; // BUG
    out[i] = s;
  }
}

int main(int argc, char **argv) {
  double m[3][3], v[4] = {1, 2, 3, 1}, out[3];
  int n = atoi(argv[1]) - 7; /* 3 */
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++) m[i][j] = i == j ? argc : 0.5;
  matvec(m, v, out, n);
  printf("%.1f %.1f %.1f\n", out[0], out[1], out[2]);
  return 0;
}
