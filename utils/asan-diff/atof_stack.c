// EXPECT: stack-buffer-overflow
// ASan has no atof/strtod interceptor and misses this; memscope checks atof as strtod.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char num[6];
  memset(num, '0' + argc, sizeof num);
  double v = atof(num); // BUG
  printf("%g\n", v);
  return 0;
}
