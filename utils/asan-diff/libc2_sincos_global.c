// EXPECT: global-buffer-overflow
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
double s_out;
float c_out;
int main(int argc, char **argv) {
  sincos(atof(argv[1]), &s_out, (double *)&c_out); // BUG
  printf("%g %g\n", s_out, c_out);
  return 0;
}
