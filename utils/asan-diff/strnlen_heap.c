// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = malloc(8);
  memcpy(p, argv[2], 8);
  size_t n = strnlen(p, atoi(argv[1])); // BUG
  printf("%zu\n", n);
  free(p);
  return 0;
}
