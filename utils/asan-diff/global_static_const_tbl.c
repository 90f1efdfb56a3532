// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
static const int tbl[5] = {2, 3, 5, 7, 11};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 5;
  printf("%d\n", tbl[k]); // BUG
  return 0;
}
