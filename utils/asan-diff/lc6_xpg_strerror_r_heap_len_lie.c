// EXPECT: heap-buffer-overflow
// XSI strerror_r told an 8-byte heap block holds 64: the message runs past it.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *b = malloc(8);
  int r = strerror_r(atoi(argv[1]) - 8, b, atoi(argv[1]) * 6 + 4); // BUG
  printf("%d %s\n", r, b);
  free(b);
  return 0;
}
