// EXPECT: heap-buffer-overflow
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  short *q = malloc(sizeof *q);
  double r = remquo(atof(argv[1]), 3.0, (int *)q); // BUG
  printf("%g %d\n", r, q[0]);
  free(q);
  return 0;
}
