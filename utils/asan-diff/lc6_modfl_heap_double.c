// EXPECT: heap-buffer-overflow
// modfl stores a long double integral part into an 8-byte heap block meant for a double.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
double *volatile keep;
int main(int argc, char **argv) {
  double *ip = malloc(sizeof *ip);
  keep = ip;
  long double f = modfl(atoi(argv[1]) + 0.25L, (long double *)ip); // BUG
  printf("%Lf %d\n", f, keep != 0);
  free(ip);
  return 0;
}
