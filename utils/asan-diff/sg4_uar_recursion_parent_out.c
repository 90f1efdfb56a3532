// EXPECT: stack-use-after-return
// A recursive function hands its deepest call's local array up through an
// out-parameter; the outermost caller reads it after all the calls
// returned.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int descend(int depth, int **out) {
  int frame[6];
  for (int i = 0; i < 6; i++) frame[i] = depth * 10 + i;
  if (depth == 0) { *out = frame; return frame[5]; }
  return descend(depth - 1, out) + frame[0];
}
int main(int argc, char **argv) {
  int *deep = 0;
  int r = descend(atoi(argv[1]) / 2, &deep);
  printf("%d %d\n", r, deep[argc]); // BUG
  return 0;
}
