// EXPECT: global-buffer-overflow
// A recursive directory-style walk records the name index of each level
// in a function-local static array (shared by all frames) sized for depth
// 8; a tree of depth 9 writes past the static array.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int walk(int depth, int max, int seed) {
  static short trail[8];
  if (depth == max) {
    int s = 0;
    for (int i = 0; i < 8 && i < max; i++) s += trail[i];
    return s;
  }
  trail[depth] = (short)((seed + depth) % 5); // BUG
  return walk(depth + 1, max, seed * 7 + 1);
}
int main(int argc, char **argv) {
  int max = atoi(argv[1]) - 1;  /* 9 levels */
  printf("%d\n", walk(0, max, argc));
  return 0;
}
