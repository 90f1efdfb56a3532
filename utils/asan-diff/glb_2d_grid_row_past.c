// EXPECT: global-buffer-overflow
// A 4x6 global grid is cleared row by row; the row loop runs to `<= ROWS`
// so the last iteration writes the row after the grid (into whatever the
// linker put next).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROWS 4
#define COLS 6
short grid[ROWS][COLS];
short next_global[COLS];

static void fill_row(short *row, int v) {
  for (int c = 0; c < COLS; c++)
    row[c] = (short)(v + c); // BUG
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  volatile int rows = ROWS + (argc - 3) + 1;
  for (int r = 0; r < rows; r++)
    fill_row(grid[r], v + r);
  printf("%d %d\n", grid[3][5], next_global[0]);
  return 0;
}
