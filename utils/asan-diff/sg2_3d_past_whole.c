// EXPECT: stack-buffer-overflow
// A 3-D local array: the first index one past its dimension is past the
// whole object.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  short cube[2][3][4];
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
      for (int k = 0; k < 4; k++) cube[i][j][k] = (short)(i * 100 + j * 10 + k + argc);
  int p = atoi(argv[1]) - 8; /* 2 */
  long s = 0;
  for (int k = 0; k < 4; k++) s += cube[p][0][k]; // BUG
  printf("%ld\n", s);
  return 0;
}
