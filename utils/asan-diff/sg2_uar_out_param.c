// EXPECT: stack-use-after-return
// A callee stores the address of its local array through an out-parameter.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int prepare(int n, int **out) {
  int scratch[8];
  for (int i = 0; i < 8; i++) scratch[i] = n + i;
  *out = scratch;
  return scratch[3];
}
int main(int argc, char **argv) {
  int *p;
  int r = prepare(atoi(argv[1]), &p);
  printf("%d %d\n", r, p[argc]); // BUG
  return 0;
}
