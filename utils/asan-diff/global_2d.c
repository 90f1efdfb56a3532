// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
double grid[3][3];
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 7;
  grid[2][k] = 1.0; // BUG
  printf("%f\n", grid[0][0]);
  return 0;
}
