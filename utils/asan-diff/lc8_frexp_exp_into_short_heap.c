// EXPECT: heap-buffer-overflow
// Exponents are kept as shorts to save space; the last one is stored by frexp through an int pointer into the short array.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  short *exps = malloc(n * sizeof *exps);
  double *mant = malloc(n * sizeof *mant);
  for (int i = 0; i < n; i++) {
    int e;
    mant[i] = frexp((i + 1) * 3.75, &e);
    exps[i] = (short)e;
  }
  mant[n - 1] = frexp(n * 1000.0, (int *)&exps[n - 1]); // BUG
  printf("%f %d\n", mant[n - 1], exps[n - 1]);
  free(mant);
  free(exps);
  return 0;
}
