// EXPECT: stack-use-after-return
// A callee returns the address of its scalar parameter.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static double *keep(double x) {
  double *volatile p = &x;
  return p;
}
int main(int argc, char **argv) {
  double *p = keep(atoi(argv[1]) * 0.5);
  printf("%f %d\n", *p, argc); // BUG
  return 0;
}
