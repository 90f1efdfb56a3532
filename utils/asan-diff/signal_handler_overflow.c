// EXPECT: stack-buffer-overflow
// A SIGALRM-style handler running on the main thread's own stack (no
// sigaltstack) copies into a local array with a length one too long.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile int len;
static volatile int out;
static char msg[64] = "signal message text that is long enough";
static void handler(int sig) {
  char local[20];
  char *volatile dst = local;
  memcpy(dst, msg, len); // BUG
  out = local[0] + sig;
}
__attribute__((noinline)) static void busy(int n) {
  char frame[200];
  memset(frame, n, sizeof frame);
  raise(SIGUSR1);
  out += frame[199];
}
int main(int argc, char **argv) {
  signal(SIGUSR1, handler);
  len = atoi(argv[1]) + 11;
  busy(argc);
  printf("%d\n", out);
  return 0;
}
