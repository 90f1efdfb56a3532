// EXPECT: heap-buffer-overflow
// The pending-signal set is kept in a heap word, as if sigset_t were an unsigned long; sigpending stores the whole 128-byte set.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  unsigned long *mask = malloc(sizeof *mask * (atoi(argv[1]) / 5));
  int r = sigpending((sigset_t *)mask); // BUG
  printf("%d %lu\n", r, mask[0]);
  free(mask);
  return 0;
}
