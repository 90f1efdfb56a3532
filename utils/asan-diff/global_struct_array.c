// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
struct P { short a; char b; };
struct P pts[4];
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 6;
  pts[k].b = 3; // BUG
  printf("%d\n", pts[0].b);
  return 0;
}
