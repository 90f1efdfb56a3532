// EXPECT: heap-use-after-free
// A per-worker generator state is freed when the worker retires, and a stale pointer keeps drawing from it.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
struct worker {
  struct drand48_data rng;
  int id;
};
int main(int argc, char **argv) {
  struct worker *w = malloc(sizeof *w);
  w->id = atoi(argv[1]);
  srand48_r(w->id, &w->rng);
  struct drand48_data *rng = &w->rng;
  double x = 0;
  drand48_r(rng, &x);
  free(w);
  double y = 0;
  drand48_r(rng, &y); // BUG
  printf("%f %f\n", x, y);
  return 0;
}
