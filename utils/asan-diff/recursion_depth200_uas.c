// EXPECT: stack-use-after-scope
// A recursion 200 deep where each level passes down a pointer to the
// parent's block-scoped buffer; at the bottom the block of level 199 has
// already ended when the pointer is read.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile int idx;
__attribute__((noinline)) static int rec(int depth, char *parent) {
  if (depth == 200) return parent[idx]; // BUG
  char *keep;
  {
    char blk[24];
    memset(blk, depth, sizeof blk);
    keep = blk;
    if (depth < 199) return rec(depth + 1, keep) + blk[0];
  }
  return rec(depth + 1, keep);
}
int main(int argc, char **argv) {
  idx = atoi(argv[1]);
  printf("%d\n", rec(0, 0));
  return 0;
}
