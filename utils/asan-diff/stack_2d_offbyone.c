// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int m[3][4];
  int rows = atoi(argv[1]) - 7;
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 4; c++) m[r][c] = r + c;
  long s = 0;
  for (int c = 0; c < 4; c++) s += m[rows][c]; // BUG
  printf("%ld\n", s);
  return 0;
}
