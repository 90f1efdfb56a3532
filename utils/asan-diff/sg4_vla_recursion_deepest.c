// EXPECT: dynamic-stack-buffer-overflow
// A recursive function with a VLA sized by its depth; the deepest call
// writes one element past its VLA.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static long rec(int depth, int extra) {
  int v[depth + 2];
  for (int i = 0; i < depth + 2; i++) v[i] = depth + i;
  if (depth > 0) return rec(depth - 1, extra) + v[depth + 1];
  v[2 + extra] = 1; // BUG
  return v[0];
}
int main(int argc, char **argv) {
  printf("%ld\n", rec(atoi(argv[1]) / 2, argc - 3));
  return 0;
}
