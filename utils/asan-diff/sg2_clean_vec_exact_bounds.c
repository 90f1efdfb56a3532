// EXPECT: none
// Vectorizable loops over odd-sized stack and global arrays, bounds exact.
#include <stdio.h>
#include <stdlib.h>
float gf[37];
char gc[63];
static double gd[5][9];
int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  float lf[37];
  char lc[63];
  int li[3][17];
  for (int i = 0; i < 37; i++) lf[i] = gf[i] = i * k;
  for (int i = 0; i < 63; i++) lc[i] = gc[i] = (char)(i + k);
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 17; c++) li[r][c] = r * c;
  for (int r = 0; r < 5; r++)
    for (int c = 0; c < 9; c++) gd[r][c] = r + c;
  float sf = 0; long sc = 0, si = 0; double sd = 0;
  for (int i = 0; i < 37; i++) sf += lf[i] * gf[36 - i];
  for (int i = 0; i < 63; i++) sc += lc[i] ^ gc[62 - i];
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 17; c++) si += li[r][c];
  for (int r = 0; r < 5; r++)
    for (int c = 0; c < 9; c++) sd += gd[r][c];
  printf("%f %ld %ld %f %d\n", sf, sc, si, sd, argc);
  return 0;
}
