// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t n = (size_t)atoi(argv[1]) << 20;
  char *p = malloc(n);
  memset(p, 1, n);
  p[n + 3] = 2; // BUG
  printf("%d\n", p[7]);
  free(p);
  return 0;
}
