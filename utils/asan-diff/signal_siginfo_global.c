// EXPECT: global-buffer-overflow
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static int slots[8];
static void on_rt(int sig, siginfo_t *si, void *uc) {
  slots[si->si_value.sival_int] += sig; // BUG
}
int main(int argc, char **argv) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_rt;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGRTMIN, &sa, 0);
  union sigval v = {.sival_int = atoi(argv[1]) - 2};
  sigqueue(getpid(), SIGRTMIN, v);
  printf("%d\n", slots[0]);
  return 0;
}
