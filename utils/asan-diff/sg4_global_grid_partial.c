// EXPECT: global-buffer-overflow
// A global 3x7 char grid (21 bytes): grid[2][7] is byte 21, in the partial
// granule right after the grid.
#include <stdio.h>
#include <stdlib.h>
char grid[3][7];
int main(int argc, char **argv) {
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 7; c++) grid[r][c] = (char)(r + c + argc);
  int c = atoi(argv[1]) - 3; /* 7 */
  printf("%d\n", grid[2][c]); // BUG
  return 0;
}
