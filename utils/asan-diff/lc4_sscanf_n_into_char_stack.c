// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int v;
  char used[2];
  int n = sscanf(argv[1], "%3d%n", &v, (int *)used); // BUG
  printf("%d %d\n", n, used[0]);
  return 0;
}
