// EXPECT: stack-use-after-return
// A recursive search returns a pointer into a local array of the deepest
// frame; the outermost caller reads it after the recursion unwound.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int *descend(int depth, int seed) {
  int scratch[6];
  for (int i = 0; i < 6; i++) scratch[i] = seed + i * depth;
  if (depth == 0) return &scratch[3];
  return descend(depth - 1, seed + 1);
}
int main(int argc, char **argv) {
  int *p = descend(atoi(argv[1]), argc);
  printf("%d\n", *p); // BUG
  return 0;
}
