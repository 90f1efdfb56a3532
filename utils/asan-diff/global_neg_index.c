// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
long before[4] = {1, 2, 3, 4};
long g[4] = {5, 6, 7, 8};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 13;
  printf("%ld %ld\n", g[k], before[0]); // BUG
  return 0;
}
