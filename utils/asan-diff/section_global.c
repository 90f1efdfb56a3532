// EXPECT: global-buffer-overflow (neither tool pads a global in a section named like a C identifier)
#include <stdio.h>
#include <stdlib.h>
__attribute__((section("mydata"))) int sg[4] = {1, 2, 3, 4};
__attribute__((section("mydata"))) int sg2[4] = {5, 6, 7, 8};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 6;
  printf("%d %d\n", sg[k], sg2[0]); // BUG
  return 0;
}
