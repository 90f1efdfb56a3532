// EXPECT: stack-buffer-overflow
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile int idx;
static volatile int out;
static void handler(int sig) {
  char local[16];
  memset(local, sig, sizeof local);
  out = local[idx]; // BUG
}
int main(int argc, char **argv) {
  stack_t ss;
  ss.ss_sp = malloc(1 << 16);
  ss.ss_size = 1 << 16;
  ss.ss_flags = 0;
  sigaltstack(&ss, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, 0);
  idx = atoi(argv[1]) + 6;
  raise(SIGUSR1);
  printf("%d\n", out);
  return 0;
}
