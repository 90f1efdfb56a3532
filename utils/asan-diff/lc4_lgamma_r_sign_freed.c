// EXPECT: heap-use-after-free
// FLAGS: -lm
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *sign = malloc(sizeof *sign);
  free(sign);
  double v = lgamma_r(atoi(argv[1]) - 10.5, sign); // BUG
  printf("%f\n", v);
  return 0;
}
