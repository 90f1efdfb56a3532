// EXPECT: global-buffer-overflow
// A pointer one element before a global array (constant offset -1), read.
#include <stdio.h>
#include <stdlib.h>
long first[4] = {1, 2, 3, 4};
long second[4] = {5, 6, 7, 8};
__attribute__((noinline)) static long before(const long *p) { return p[-1]; } // BUG
int main(int argc, char **argv) {
  first[argc] = atoi(argv[1]);
  second[argc] = atoi(argv[1]);
  printf("%ld %ld\n", before(second), first[3]);
  return 0;
}
