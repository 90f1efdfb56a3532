// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
_Alignas(64) char g[40];
int main(int argc, char **argv) {
  int k = atoi(argv[1]) + 30;
  g[k] = 1; // BUG
  printf("%d\n", g[0]);
  return 0;
}
