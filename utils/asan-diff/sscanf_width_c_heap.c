// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *c = malloc(4);
  int n = sscanf(argv[2], "%8c", c); // BUG
  printf("%d %c\n", n, c[0]);
  free(c);
  return 0;
}
