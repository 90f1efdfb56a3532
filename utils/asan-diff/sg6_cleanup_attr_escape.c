// EXPECT: stack-use-after-scope
// A variable with __attribute__((cleanup)): the cleanup handler, run at the
// end of the block, records the variable's address; it is read afterwards.
#include <stdio.h>
#include <stdlib.h>
static int *last_released;
static void release(int *p) { last_released = p; }
int main(int argc, char **argv) {
  long s = 0;
  {
    __attribute__((cleanup(release))) int fd = atoi(argv[1]);
    s += fd;
  }
  s += *last_released; // BUG
  printf("%ld %d\n", s, argc);
  return 0;
}
