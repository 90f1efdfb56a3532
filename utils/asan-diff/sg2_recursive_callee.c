// EXPECT: stack-buffer-overflow
// A recursive helper fills the caller's array one element per level and
// goes one level too deep.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int fill(int *v, int i, int n) {
  if (i > n) return 0;
  v[i] = i * 3; // BUG
  return 1 + fill(v, i + 1, n);
}
int main(int argc, char **argv) {
  int v[10];
  int depth = fill(v, 0, atoi(argv[1])); /* writes v[0..10] */
  printf("%d %d\n", depth, v[argc]);
  return 0;
}
