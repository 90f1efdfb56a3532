// EXPECT: none
// A signal handler with local arrays runs hundreds of times, alternately on
// the interrupted thread's stack and on a sigaltstack, interrupting frames
// that also hold arrays.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile long acc;
static char altstack[1 << 16];
static void handler(int sig) {
  char buf[128];
  int ints[9];
  memset(buf, sig, sizeof buf);
  for (int i = 0; i < 9; i++) ints[i] = i;
  acc += buf[127] + ints[8];
}
__attribute__((noinline)) static void frame(int n, int sig) {
  char mine[70];
  memset(mine, n, sizeof mine);
  if (n > 0) frame(n - 1, sig);
  else raise(sig);
  acc += mine[69];
}
int main(int argc, char **argv) {
  stack_t ss;
  ss.ss_sp = altstack;
  ss.ss_size = sizeof altstack;
  ss.ss_flags = 0;
  sigaltstack(&ss, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigaction(SIGUSR1, &sa, 0);
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR2, &sa, 0);
  for (int i = 0; i < 400; i++) frame(i % 13 + atoi(argv[1]) % 2, i % 2 ? SIGUSR1 : SIGUSR2);
  printf("%ld\n", acc);
  return 0;
}
