// EXPECT: none
// Math and random functions writing through out-parameters of the right type.
// FLAGS: -lm
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *sign = malloc(sizeof *sign);
  double lg = lgamma_r(atoi(argv[1]) - 10.5, sign);
  int e;
  float m = frexpf(atoi(argv[1]) * 3.5f, &e);
  float *ip = malloc(sizeof *ip);
  float fr = modff(atoi(argv[1]) + 0.25f, ip);
  int q;
  float rq = remquof(atoi(argv[1]) * 7.0f, 3.0f, &q);
  float *sc = malloc(2 * sizeof *sc);
  sincosf(atoi(argv[1]) * 0.1f, &sc[0], &sc[1]);
  struct drand48_data d;
  srand48_r(atoi(argv[1]), &d);
  double dr;
  drand48_r(&d, &dr);
  long lr;
  lrand48_r(&d, &lr);
  struct random_data *rd = calloc(1, sizeof *rd);
  char state[64];
  initstate_r(atoi(argv[1]), state, sizeof state, rd);
  int32_t rr;
  random_r(rd, &rr);
  unsigned *seed = malloc(sizeof *seed);
  *seed = atoi(argv[1]);
  int rv = rand_r(seed);
  printf("%f %d %f %d %f %f %f %d %f %f %d %d %d %d\n", lg, *sign, m, e, fr, *ip, rq, q, sc[0],
         sc[1], dr >= 0, lr >= 0, rr >= 0, rv >= 0);
  free(seed);
  free(rd);
  free(sc);
  free(ip);
  free(sign);
  return 0;
}
