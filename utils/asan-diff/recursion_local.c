// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int rec(int depth, int k) {
  int loc[5] = {depth, depth, depth, depth, depth};
  if (depth > 0) return rec(depth - 1, k) + loc[1];
  return loc[k]; // BUG
}
int main(int argc, char **argv) {
  printf("%d\n", rec(6, atoi(argv[1]) - 5));
  return 0;
}
