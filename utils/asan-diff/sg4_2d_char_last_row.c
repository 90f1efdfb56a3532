// EXPECT: stack-buffer-overflow
// A 3x5 char grid (15 bytes, a partial granule): the last row is scanned
// with a column bound one too big, reading grid[2][5], byte 15.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char grid[3][5];
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 5; c++) grid[r][c] = argv[2][r * 5 + c];
  int cols = atoi(argv[1]) - 4; /* 6 */
  int hits = 0;
  for (int c = 0; c < cols; c++)
    if (grid[2][c] == 'Z') hits++; // BUG
  printf("%d %c\n", hits, grid[0][argc]);
  return 0;
}
