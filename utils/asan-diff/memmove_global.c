// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
int g[8];
int main(int argc, char **argv) {
  memmove(g + 1, g, 8 * sizeof(int)); // BUG
  printf("%d\n", g[0] + atoi(argv[1]));
  return 0;
}
