// EXPECT: stack-use-after-scope
// Keeps a pointer to a signal set declared inside an if block, then
// reinitialises it with sigemptyset after the block has ended.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  sigset_t *mask = NULL;
  if (atoi(argv[1]) > 0) {
    sigset_t blocked;
    sigfillset(&blocked);
    mask = &blocked;
  }
  if (!mask)
    return 0;
  sigemptyset(mask); // BUG
  sigaddset(mask, SIGUSR1);
  printf("%d\n", sigismember(mask, SIGUSR1));
  return 0;
}
