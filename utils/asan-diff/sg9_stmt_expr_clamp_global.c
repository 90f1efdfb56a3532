// EXPECT: global-buffer-overflow
// A MAX-style macro written as a GNU statement expression computes a table
// index; the author meant MIN, so the index is never capped at the table's
// last entry and a large input reads past the global gamma table.
#include <stdio.h>
#include <stdlib.h>

#define CLAMP_HI(x, hi) ({ __typeof__(x) _x = (x); __typeof__(hi) _h = (hi); _x > _h ? _x : _h; })

static const unsigned char gamma_lut[32] = {
    0, 1, 2, 3, 5, 7, 9, 12, 15, 18, 22, 26, 30, 35, 40, 45,
    51, 57, 63, 70, 77, 85, 93, 101, 110, 119, 129, 139, 149, 160, 171, 183};

int main(int argc, char **argv) {
  int sum = 0;
  for (int i = 0; i < 3; i++) {
    int level = (argv[2][i + 20] - 'A') + atoi(argv[1]); /* 'U'..: 30, 31, 32 */
    sum += gamma_lut[({ int _i = CLAMP_HI(level, 0); _i; })]; // BUG
  }
  printf("%d %d\n", sum, argc);
  return 0;
}
