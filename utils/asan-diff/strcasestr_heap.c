// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *h = malloc(9);
  memcpy(h, argv[2], 9);
  char *q = strcasestr(h, "xyz"); // BUG
  printf("%p\n", (void *)q);
  free(h);
  return 0;
}
