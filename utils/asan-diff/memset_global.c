// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
char g[20];
int main(int argc, char **argv) {
  memset(g, 1, 20 + atoi(argv[1])); // BUG
  printf("%d\n", g[1]);
  return 0;
}
