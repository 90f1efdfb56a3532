// EXPECT: global-buffer-overflow
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
long gset[4];
int main(int argc, char **argv) {
  int r = sigaddset((sigset_t *)gset, SIGUSR1 + atoi(argv[1]) - 10); // BUG
  printf("%d %lx\n", r, gset[0]);
  return 0;
}
