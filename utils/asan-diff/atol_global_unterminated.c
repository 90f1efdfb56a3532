// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char num[4];
int main(int argc, char **argv) {
  memset(num, '0' + argc, sizeof num);
  long v = atol(num); // BUG
  printf("%ld\n", v);
  return 0;
}
