// EXPECT: heap-buffer-overflow
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  sigset_t *old = malloc(8);
  int r = sigprocmask(SIG_BLOCK, 0, old); // BUG
  printf("%d\n", r);
  free(old);
  return 0;
}
