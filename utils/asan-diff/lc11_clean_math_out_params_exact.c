// EXPECT: none
// lgamma_r, lgammaf_r, lgammal_r and remquol each store their int
// output into a real int: array elements within bounds, a heap int and a
// struct field.
// FLAGS: -lm
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

struct reduced {
  long double r;
  int quo;
};

int main(int argc, char **argv) {
  int signs[3];
  double a = lgamma_r(-0.5, &signs[0]);
  float b = lgammaf_r(-1.5f, &signs[1]);
  long double c = lgammal_r(-2.5L, &signs[2]);
  int *q = malloc(sizeof *q);
  long double r = remquol((long double)atoi(argv[1]), 3.0L, q);
  struct reduced red;
  red.r = remquol(7.0L * argc, 0.5L, &red.quo);
  printf("%g %g %Lg %d %d %d %Lg %d %d\n", a, b, c, signs[0], signs[1], signs[2], r, *q,
         red.quo);
  free(q);
  return 0;
}
