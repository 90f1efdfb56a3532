// EXPECT: stack-use-after-return
// A SIGUSR1 handler snapshots some state into a local array and publishes
// a pointer to it through a volatile global "for the main loop to log";
// by the time main reads it, the handler's frame has returned.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile sig_atomic_t g_counter;
static const int *volatile g_snapshot;
static void on_usr1(int sig) {
  int snap[6];
  for (int i = 0; i < 6; i++) snap[i] = (int)g_counter * 10 + i + sig;
  g_snapshot = snap;
}
int main(int argc, char **argv) {
  g_counter = atoi(argv[1]);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigaction(SIGUSR1, &sa, NULL);
  raise(SIGUSR1);
  const int *p = g_snapshot;
  if (p) printf("%d %d\n", p[2], argc); // BUG
  return 0;
}
