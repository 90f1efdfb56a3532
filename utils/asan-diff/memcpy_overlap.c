// EXPECT: memcpy-param-overlap
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[32];
  memcpy(b, argv[2], 26);
  int k = atoi(argv[1]);
  memcpy(b + k - 6, b, k); // BUG
  printf("%c\n", b[5]);
  return 0;
}
