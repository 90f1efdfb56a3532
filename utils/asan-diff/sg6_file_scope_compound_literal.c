// EXPECT: global-buffer-overflow
// A file-scope pointer initialised with a compound literal (an unnamed
// static array of four ints); the fourth-plus-one element is read.
#include <stdio.h>
#include <stdlib.h>
static int *weights = (int[]){3, 5, 7, 11};
static int other[4] = {1, 1, 1, 1};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 6; // 4
  int v = weights[k]; // BUG
  printf("%d %d\n", v, other[argc]);
  return 0;
}
