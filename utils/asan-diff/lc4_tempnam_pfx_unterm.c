// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *pfx = malloc(3);
  memcpy(pfx, argv[2], 3);
  char *n = tempnam("/tmp", pfx + (argc - 3)); // BUG
  printf("%d\n", n != 0);
  free(n);
  free(pfx);
  return 0;
}
