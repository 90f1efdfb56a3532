// EXPECT: stack-use-after-return
// A callee parks a pointer to its local array in a thread-local variable;
// the caller reads through it after the callee returned.
#include <stdio.h>
#include <stdlib.h>
static __thread int *last_scratch;
__attribute__((noinline)) static int work(int n) {
  int scratch[16];
  for (int i = 0; i < 16; i++) scratch[i] = n + i;
  last_scratch = scratch;
  return scratch[15];
}
int main(int argc, char **argv) {
  int r = work(atoi(argv[1]));
  printf("%d %d\n", r, last_scratch[argc]); // BUG
  return 0;
}
