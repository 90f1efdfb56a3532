// EXPECT: heap-use-after-free
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *e = malloc(sizeof *e);
  free(e);
  double m = frexp(atof(argv[1]), e); // BUG
  printf("%g\n", m);
  return 0;
}
