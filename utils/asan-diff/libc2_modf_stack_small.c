// EXPECT: stack-buffer-overflow
// The out-parameter goes through a volatile pointer: at -O2 clang turns modf into llvm.modf and would drop a store it can see is out of bounds.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  float ip[1];
  double *volatile out = (double *)ip;
  double f = modf(atof(argv[1]) / 3, out); // BUG
  printf("%g %g\n", f, ip[0]);
  return 0;
}
