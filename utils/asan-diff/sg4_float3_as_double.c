// EXPECT: stack-buffer-overflow
// Three floats (12 bytes) are reinterpreted as doubles: the second double
// straddles the end of the array (bytes 8..15).
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  float f[3];
  for (int i = 0; i < 3; i++) f[i] = (float)(atoi(argv[1]) + i);
  double *volatile dp = (double *)f;
  int k = argc - 2; /* 1 */
  printf("%f\n", dp[k]); // BUG
  return 0;
}
