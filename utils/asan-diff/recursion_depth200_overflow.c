// EXPECT: stack-buffer-overflow
// A recursive function with a local array at every level: at depth 200 the
// index computed from argv is one past the array.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long rec(int depth, int k) {
  char loc[40];
  memset(loc, depth & 0x7f, sizeof loc);
  if (depth < 200) return rec(depth + 1, k) + loc[depth % 40];
  return loc[k]; // BUG
}
int main(int argc, char **argv) {
  printf("%ld\n", rec(0, atoi(argv[1]) * 4));
  return 0;
}
