// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char d[8];
  size_t n = strxfrm(d, argv[2], 3 * atoi(argv[1])); // BUG
  printf("%zu %c\n", n, d[0]);
  return 0;
}
