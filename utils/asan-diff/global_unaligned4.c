// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
char g[10];
int main(int argc, char **argv) {
  int *p = (int *)(g + atoi(argv[1]) - 3);
  *p = 1; // BUG
  printf("%d\n", g[0]);
  return 0;
}
