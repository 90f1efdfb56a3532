// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *b = malloc(10);
  memcpy(b, argv[2], 10);
  memfrob(b, atoi(argv[1]) + 1); // BUG
  printf("%d\n", b[0]);
  free(b);
  return 0;
}
