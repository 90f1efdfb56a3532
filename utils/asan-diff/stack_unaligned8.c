// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[12];
  memset(b, 0, 12);
  long v;
  memcpy(&v, b + atoi(argv[1]) - 5, 8); // BUG
  printf("%ld\n", v);
  return 0;
}
