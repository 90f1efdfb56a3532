// EXPECT: none
// long double, unsigned __int128, _Complex double, _Float16 and __bf16
// arrays on the heap, the stack and in globals, each walked exactly to its
// last element (including a long double array grown with realloc).
#include <complex.h>
#include <stdio.h>
#include <stdlib.h>

static _Complex double tw[4] = {1.0, -1.0 * I, -1.0, 1.0 * I};
static const __bf16 act[4] = {0.25, 0.5, 0.75, 1.0};

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long double *m = malloc(n * sizeof *m);
  for (int i = 0; i < n; i++) m[i] = i / 3.0L;
  m = realloc(m, 2 * n * sizeof *m);
  for (int i = n; i < 2 * n; i++) m[i] = m[i - n] * 2;
  unsigned __int128 limbs[3] = {1, 2, 3};
  for (int i = 0; i < 3; i++) limbs[i] = (limbs[i] << 70) + argc;
  _Complex double z = 0;
  for (int i = 0; i < 4; i++) z += tw[i] * (i + 1);
  _Float16 w[6];
  for (int i = 0; i < 6; i++) w[i] = (_Float16)(0.25f * i);
  float dot = 0, a = 0;
  for (int i = 0; i < 6; i++) dot += (float)w[i] * argv[2][i];
  for (int i = 0; i < 4; i++) a += (float)act[i];
  printf("%Lf %llu %f %f %f %f\n", m[2 * n - 1], (unsigned long long)(limbs[2] >> 64),
         creal(z), cimag(z), dot, a);
  free(m);
  return 0;
}
