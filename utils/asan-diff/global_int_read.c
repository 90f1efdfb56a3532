// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int table[16] = {1,2,3};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) + 6;
  printf("%d\n", table[k]); // BUG
  return 0;
}
