// EXPECT: none
// Math functions with out-parameters pointing at exactly-sized heap, stack and global objects.
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
double gs;
double gc;
int vals[8] = {5, 3, 9, 1, 7, 2, 8, 6};
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(int argc, char **argv) {
  double x = atof(argv[1]) / 3;
  int *e = malloc(sizeof *e);
  double m = frexp(x, e);
  double ip;
  double fr = modf(x, &ip);
  sincos(x, &gs, &gc);
  int q;
  double rq = remquo(x, 1.5, &q);
  float fip;
  float ff = modff((float)x, &fip);
  qsort(vals, 8, sizeof vals[0], cmp);
  int key = 9;
  int *hit = bsearch(&key, vals, 8, sizeof vals[0], cmp);
  printf("%g %d %g %g %g %g %g %d %g %g %d\n", m, *e, fr, ip, gs, gc, rq, q, ff, fip, hit != 0);
  free(e);
  return 0;
}
