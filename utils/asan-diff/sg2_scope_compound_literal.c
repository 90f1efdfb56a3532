// EXPECT: stack-use-after-scope (clang emits no lifetime markers for a compound literal: both miss)
// A compound literal created inside a block (its lifetime is the block)
// read through a pointer after the block.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  const int *weights = 0;
  int mode = atoi(argv[1]);
  if (mode == 10) {
    weights = (int[]){3, 5, 7, argc};
  } else {
    weights = (int[]){1, 1, 1, 1};
  }
  int *volatile w = (int *)weights;
  printf("%d\n", w[argc]); // BUG
  return 0;
}
