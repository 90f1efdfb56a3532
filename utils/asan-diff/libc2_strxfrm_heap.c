// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *d = malloc(8);
  size_t n = strxfrm(d, argv[2], 27); // BUG
  printf("%zu %c\n", n, d[0]);
  free(d);
  return 0;
}
