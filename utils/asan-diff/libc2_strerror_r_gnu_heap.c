// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *b = malloc(4);
  char *m = strerror_r(atoi(argv[1]) + 1000, b, 64); // BUG
  printf("%s\n", m);
  free(b);
  return 0;
}
