// EXPECT: global-buffer-overflow
// Filter presets live in a global table and are passed by value (48
// bytes: in memory on x86-64) to the function that applies them. The
// preset number from the command line is checked with `<=` against the
// count, so preset 4 of 4 makes the call copy 48 bytes from past the
// table.
#include <stdio.h>
#include <stdlib.h>

struct preset { const char *name; double gain, q, freq, mix; int order; };

static struct preset g_presets[4] = {
    {"flat", 1.0, 0.7, 1000, 0.0, 2}, {"bass", 1.4, 0.9, 120, 0.5, 4},
    {"voice", 1.1, 1.2, 2500, 0.3, 2}, {"air", 0.9, 0.6, 12000, 0.2, 2}};
static int g_count = 4;

__attribute__((noinline)) double apply(struct preset p, double x) {
  return x * p.gain * p.mix + p.freq * 1e-6 * p.order;
}

int main(int argc, char **argv) {
  int which = atoi(argv[1]) - 6; /* 4 */
  if (which < 0 || which > g_count) return 1;
  double y = apply(g_presets[which], 0.5 * argc); // BUG
  printf("%.4f\n", y);
  return 0;
}
