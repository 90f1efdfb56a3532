// EXPECT: stack-buffer-overflow
// Records of 40 bytes are handed to a printer by value (in memory, on
// x86-64, so the call itself copies the record from where the argument
// points). The caller prints "the newest" as recs[count] instead of
// recs[count - 1]: the by-value copy made for the call reads the 40 bytes
// past the local array.
#include <stdio.h>
#include <stdlib.h>

struct rec { double v[4]; int id; };

__attribute__((noinline)) double print_rec(struct rec r) {
  printf("rec %d: %.1f %.1f %.1f %.1f\n", r.id, r.v[0], r.v[1], r.v[2], r.v[3]);
  return r.v[0] + r.v[3];
}

int main(int argc, char **argv) {
  struct rec recs[3];
  int count = atoi(argv[1]) - 7; /* 3 */
  for (int i = 0; i < 3; i++) {
    recs[i].id = i;
    for (int k = 0; k < 4; k++) recs[i].v[k] = i * 10 + k + argc;
  }
  double d = print_rec(recs[count]); // BUG
  printf("%.1f\n", d);
  return 0;
}
