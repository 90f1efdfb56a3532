// EXPECT: global-buffer-overflow
// A global 2-D table read with a row index of -1: the bytes before it are
// another global's redzone.
#include <stdio.h>
#include <stdlib.h>
int neighbour[64] = {1};
int grid[4][8] = {{1}};
int main(int argc, char **argv) {
  for (int r = 0; r < 4; r++)
    for (int c = 0; c < 8; c++) grid[r][c] = r ^ c ^ argc;
  neighbour[argc] = argc;
  int r = atoi(argv[1]) - 11; /* -1 */
  long s = 0;
  for (int c = 0; c < 8; c++) s += grid[r][c]; // BUG
  printf("%ld %d\n", s, neighbour[3]);
  return 0;
}
