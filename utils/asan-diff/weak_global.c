// EXPECT: global-buffer-overflow (neither tool pads a weak global: another object's copy may win)
#include <stdio.h>
#include <stdlib.h>
__attribute__((weak)) int wg[4] = {1, 2, 3, 4};
__attribute__((weak)) int wg2[4] = {5, 6, 7, 8};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 6;
  printf("%d %d\n", wg[k], wg2[0]); // BUG
  return 0;
}
