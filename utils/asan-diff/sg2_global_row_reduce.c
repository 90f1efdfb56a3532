// EXPECT: global-buffer-overflow
// A reduction over a global 2-D array's row; the row index is one past the
// last row.
#include <stdio.h>
#include <stdlib.h>
double field[6][16];
__attribute__((noinline)) static double row_total(int r) {
  double s = 0;
  for (int c = 0; c < 16; c++) s += field[r][c]; // BUG
  return s;
}
int main(int argc, char **argv) {
  for (int r = 0; r < 6; r++)
    for (int c = 0; c < 16; c++) field[r][c] = r + c * 0.1 + argc;
  printf("%f\n", row_total(atoi(argv[1]) - 4)); /* 6 */
  return 0;
}
