// EXPECT: stack-use-after-scope
// A pointer to a block-scope int is read inside the block and read again
// right after it, with no call in between (at -O2 one basic block).
#include <stdio.h>
#include <stdlib.h>
int *volatile keep;
int main(int argc, char **argv) {
  int *p;
  long s = 0;
  {
    int x = atoi(argv[1]);
    keep = &x;
    p = keep;
    s += *p;
  }
  s += *p; // BUG
  printf("%ld %d\n", s, argc);
  return 0;
}
