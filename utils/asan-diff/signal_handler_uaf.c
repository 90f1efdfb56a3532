// EXPECT: heap-use-after-free
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int *volatile counters;
static volatile int seen;
static void on_alarm(int sig) {
  seen = counters[1]; // BUG
}
int main(int argc, char **argv) {
  counters = calloc(4, sizeof(int));
  counters[1] = argc;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigaction(SIGUSR2, &sa, 0);
  free(counters);
  raise(SIGUSR2);
  printf("%d\n", seen);
  return 0;
}
