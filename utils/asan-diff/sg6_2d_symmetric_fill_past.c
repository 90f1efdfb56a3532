// EXPECT: stack-buffer-overflow
// A 4x4 local matrix is made symmetric; the loop bound uses <= n on the row,
// so the mirror write hits m[4][...], past the matrix.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 6; // 4
  double m[4][4];
  double trace = 0;
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) m[i][j] = i * 4 + j;
  for (int i = 1; i <= n; i++)
    for (int j = 0; j < i; j++)
      m[i][j] = m[j][i]; // BUG
  for (int i = 0; i < 4; i++) trace += m[i][i];
  printf("%f %d\n", trace, argc);
  return 0;
}
