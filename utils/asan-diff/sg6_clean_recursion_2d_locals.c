// EXPECT: none
// Recursion 3000 deep, each frame with 2-D local arrays written and read
// exactly to their bounds, and children writing through pointers into the
// parent's frame; then a second, differently shaped recursion reuses the
// same stack (and fake stack) memory.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static long down(int d, int limit, short (*parent)[5]) {
  short grid[3][5];
  char names[4][7];
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 5; j++) grid[i][j] = (short)(d + i * j);
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 7; j++) names[i][j] = (char)('a' + (d + j) % 26);
  if (parent) parent[2][4] = grid[2][4];
  long s = grid[2][4] + names[3][6];
  if (d < limit) s += down(d + 1, limit, grid);
  return s + grid[2][4] + grid[0][0];
}
__attribute__((noinline)) static long flat(int d, int limit) {
  int buf[37];
  for (int i = 0; i < 37; i++) buf[i] = d ^ i;
  return buf[36] + (d < limit ? flat(d + 1, limit) : 0);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long s = 0;
  for (int r = 0; r < 3; r++) {
    s += down(0, 300 * n, NULL);
    s += flat(0, 200 * n);
  }
  printf("%ld %d\n", s, argc);
  return 0;
}
