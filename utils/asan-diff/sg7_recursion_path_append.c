// EXPECT: stack-buffer-overflow
// A recursive tree walk records the branch taken at each level into the
// caller's fixed path buffer (sized for depth 8); a deeper tree makes a
// deep frame write past the end of the top-level caller's array.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int walk(int depth, int max, char *path, int seed) {
  if (depth == max) return seed & 7;
  char branch = (char)('a' + (seed + depth) % 2);
  path[depth] = branch; // BUG
  int r = walk(depth + 1, max, path, seed * 3 + 1);
  return r + (branch == 'a');
}
__attribute__((noinline)) static int explore(int max, int seed) {
  char path[8];
  int r = walk(0, max, path, seed);
  return r + path[0];
}
int main(int argc, char **argv) {
  int depth = atoi(argv[1]) - 1;  /* 9 levels */
  printf("%d\n", explore(depth, argc));
  return 0;
}
