// EXPECT: heap-use-after-free
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  struct sigaction *old = malloc(sizeof *old);
  free(old);
  int r = sigaction(argc > 1 ? SIGUSR1 : SIGUSR2, 0, old); // BUG
  printf("%d\n", r);
  return 0;
}
