// EXPECT: stack-use-after-return
// A recursion 200 deep returns the address of the deepest frame's array up
// the chain; main reads through it.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int *rec(int depth, int v) {
  int loc[10];
  for (int i = 0; i < 10; i++) loc[i] = v + depth;
  if (depth < 200) { int *r = rec(depth + 1, v); return r ? r : loc; }
  int *volatile p = loc;
  return p;
}
int main(int argc, char **argv) {
  int *p = rec(0, atoi(argv[1]));
  printf("%d\n", p[9]); // BUG
  return 0;
}
