// EXPECT: heap-buffer-overflow
// ASan does not intercept rawmemchr and misses this; memscope intercepts it.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *b = malloc(10);
  memcpy(b, argv[2], 10);
  char *p = rawmemchr(b, argv[2][26]); // BUG
  printf("%d\n", p != 0);
  free(b);
  return 0;
}
