// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
static double big[1 << 17];
int main(int argc, char **argv) {
  long k = (1L << 17) + atoi(argv[1]) - 9;
  big[k] = 1.5; // BUG
  printf("%g\n", big[0]);
  return 0;
}
