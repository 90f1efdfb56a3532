// EXPECT: stack-buffer-overflow
// frexpl stores its int exponent through a pointer to a stack short.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  short e;
  long double m = frexpl(atoi(argv[1]) * 3.5L, (int *)&e); // BUG
  printf("%Lf %d\n", m, e);
  return 0;
}
