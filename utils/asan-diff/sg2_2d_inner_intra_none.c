// EXPECT: none (past the inner dimension but inside the object: ASan does not report intra-object overflow)
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int m[3][4];
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 4; c++) m[r][c] = r * 4 + c + argc;
  int c = atoi(argv[1]) - 5; /* 5 */
  int *row = m[0];
  printf("%d\n", row[c]); // BUG
  return 0;
}
