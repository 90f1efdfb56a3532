// EXPECT: stack-use-after-scope
// A signal handler (on the normal stack) keeps a pointer to a block-scoped
// local array and reads through it after the block ended.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile int idx;
static volatile int out;
static void handler(int sig) {
  char *volatile p;
  {
    char tmp[32];
    memset(tmp, sig, sizeof tmp);
    p = tmp;
  }
  out = p[idx]; // BUG
}
int main(int argc, char **argv) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigaction(SIGUSR2, &sa, 0);
  idx = atoi(argv[1]);
  raise(SIGUSR2);
  printf("%d\n", out);
  return 0;
}
