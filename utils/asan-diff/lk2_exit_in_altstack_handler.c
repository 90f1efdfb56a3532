// EXPECT: none
// A SIGUSR1 handler running on a sigaltstack calls exit() while main, interrupted, still holds a block in its frame: main's frame is suspended, the block reachable.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void on_usr1(int sig) {
  (void)sig;
  printf("exit from handler\n");
  fflush(stdout);
  exit(0);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  stack_t ss;
  ss.ss_sp = malloc(64 * 1024);
  ss.ss_size = 64 * 1024;
  ss.ss_flags = 0;
  sigaltstack(&ss, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, 0);
  char *volatile kept = malloc(n * 3);
  kept[0] = 1;
  raise(SIGUSR1);
  free(kept);
  return 1;
}
