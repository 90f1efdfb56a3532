// EXPECT: none
// The random generators' states: initstate with arrays of several sizes (a
// static one, a heap one, a local of main), setstate switching between
// them and back to the state initstate returned first (glibc's own), the
// reentrant initstate_r/random_r/setstate_r/srandom_r with random_data
// structures on the heap, and the 48-bit _r family: srand48_r, seed48_r,
// lcong48_r, drand48_r, lrand48_r, mrand48_r, nrand48_r, erand48_r.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char st_static[256];

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  unsigned long sum = 0;
  char st_local[64];
  char *st_heap = malloc(128);
  char *orig = initstate(1, st_static, sizeof st_static);
  for (int i = 0; i < n; ++i)
    sum = sum * 3 + (unsigned long)random();
  initstate(2, st_heap, 128);
  initstate(3, st_local, sizeof st_local);
  for (int round = 0; round < n; ++round) {
    setstate(round % 3 == 0 ? st_static : round % 3 == 1 ? st_heap : st_local);
    for (int i = 0; i < 5; ++i)
      sum ^= (unsigned long)random() << (i * 3);
  }
  setstate(orig); // glibc's default table, as before the first initstate
  srandom(5);
  sum += (unsigned long)random();
  free(st_heap); // no longer the current state

  struct random_data *rd = calloc(2, sizeof *rd);
  char *s1 = calloc(1, 32), *s2 = calloc(1, 256);
  initstate_r(11, s1, 32, &rd[0]);
  initstate_r(12, s2, 256, &rd[1]);
  int32_t r;
  for (int i = 0; i < n * 4; ++i) {
    random_r(&rd[i % 2], &r);
    sum = sum * 7 + (unsigned)r;
  }
  srandom_r(99, &rd[0]);
  random_r(&rd[0], &r);
  sum += (unsigned)r;
  setstate_r(s2, &rd[0]); // rd[0] now continues s2's sequence
  random_r(&rd[0], &r);
  sum += (unsigned)r;
  free(s1);
  free(s2);
  free(rd);

  struct drand48_data *d = malloc(sizeof *d);
  srand48_r(42, d);
  double x;
  long l;
  for (int i = 0; i < n; ++i) {
    drand48_r(d, &x);
    lrand48_r(d, &l);
    sum += (unsigned long)(x * 1000) + (unsigned long)l;
  }
  unsigned short seed[3] = {1, 2, 3};
  seed48_r(seed, d);
  mrand48_r(d, &l);
  sum += (unsigned long)l;
  unsigned short *params = malloc(sizeof *params * 7);
  for (int i = 0; i < 7; ++i)
    params[i] = (unsigned short)(i * 1000 + 11);
  lcong48_r(params, d);
  unsigned short xsub[3] = {4, 5, 6};
  nrand48_r(xsub, d, &l);
  sum += (unsigned long)l;
  erand48_r(xsub, d, &x);
  sum += (unsigned long)(x * 1e6);
  free(params);
  free(d);
  printf("sum %lu\n", sum);
  return 0;
}
