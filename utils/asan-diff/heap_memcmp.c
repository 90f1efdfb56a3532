// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *a = malloc(6), *b = malloc(10);
  memset(a, 1, 6); memset(b, 1, 10);
  printf("%d\n", memcmp(a, b, 10)); // BUG
  free(a); free(b);
  return 0;
}
