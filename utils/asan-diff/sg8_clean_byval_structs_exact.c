// EXPECT: none
// Structs larger than 16 bytes passed by value (copied in memory by the
// call) from the last element of a local array, from the last entry of a
// global table, from a block-local struct while the block is still live,
// and returned by value into a local.
#include <stdio.h>
#include <stdlib.h>

struct rec { double v[4]; int id; };
static struct rec g_table[3] = {{{1, 2, 3, 4}, 1}, {{5, 6, 7, 8}, 2}, {{9, 10, 11, 12}, 3}};

__attribute__((noinline)) double weigh(struct rec r) { return r.v[0] * r.id + r.v[3]; }

__attribute__((noinline)) struct rec shifted(struct rec r, double d) {
  for (int i = 0; i < 4; i++) r.v[i] += d;
  return r;
}

int main(int argc, char **argv) {
  int count = atoi(argv[1]) - 7; /* 3 */
  struct rec recs[3];
  for (int i = 0; i < 3; i++) {
    recs[i].id = i;
    for (int k = 0; k < 4; k++) recs[i].v[k] = i * 10 + k + argc;
  }
  double d = weigh(recs[count - 1]) + weigh(g_table[count - 1]);
  {
    struct rec tmp = shifted(recs[0], 0.5);
    d += weigh(tmp);
  }
  struct rec r = shifted(g_table[2], -1.0);
  printf("%.2f %.1f\n", d, r.v[3]);
  return 0;
}
