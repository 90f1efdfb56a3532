// EXPECT: heap-buffer-overflow
// FLAGS: -lm
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  float *ip = malloc(atoi(argv[1]) - 8);
  float f = modff(atoi(argv[1]) + 0.25f, ip); // BUG
  printf("%f %f\n", f, *ip);
  free(ip);
  return 0;
}
