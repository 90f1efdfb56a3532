// EXPECT: stack-buffer-overflow
// The deepest frame of a recursion writes through a pointer into the outermost frame's array, past its end.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int walk(int depth, int *top, int k) {
  int mine[3] = {depth, depth, depth};
  if (depth > 0) return walk(depth - 1, top, k) + mine[depth % 3];
  top[k] = mine[0]; // BUG
  return mine[1];
}
int main(int argc, char **argv) {
  int root[6] = {0};
  int r = walk(40, root, atoi(argv[1]) - 4);
  printf("%d %d\n", r, root[0]);
  return 0;
}
