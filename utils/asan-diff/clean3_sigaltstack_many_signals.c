// EXPECT: none
// A handler on a 32 KiB alternate stack keeps a local array and calls a
// helper with a local struct; SIGALRM-free: the signals are raised with
// kill() from a loop many times, interrupting frames that hold arrays,
// and the handler's results are checked after each.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t total;

struct Note {
  int sig;
  char text[21];
};

__attribute__((noinline)) static int describe(struct Note *n) {
  memset(n->text, 's', sizeof n->text - 1);
  n->text[20] = '\0';
  return (int)strlen(n->text) + n->sig;
}

static void handler(int sig) {
  int scratch[30];
  for (int i = 0; i < 30; i++) scratch[i] = sig + i;
  struct Note n = {.sig = sig};
  total += describe(&n) + scratch[29];
}

__attribute__((noinline)) static long busy(int depth, int sig) {
  char frame[256];
  memset(frame, depth, sizeof frame);
  if (depth == 0) {
    kill(getpid(), sig);
    return frame[255];
  }
  return busy(depth - 1, sig) + frame[0];
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 20;
  stack_t ss;
  ss.ss_sp = malloc(32 * 1024);
  ss.ss_size = 32 * 1024;
  ss.ss_flags = 0;
  if (sigaltstack(&ss, NULL)) return 1;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, NULL);
  sigaction(SIGUSR2, &sa, NULL);
  long s = 0;
  for (int i = 0; i < n; i++) s += busy(i % 30, i % 2 ? SIGUSR1 : SIGUSR2);
  stack_t off;
  memset(&off, 0, sizeof off);
  off.ss_flags = SS_DISABLE;
  sigaltstack(&off, NULL);
  free(ss.ss_sp);
  printf("%ld %d %d\n", s, (int)total, argc);
  return 0;
}
