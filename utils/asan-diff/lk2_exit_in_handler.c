// EXPECT: none
// A SIGUSR1 handler on the ordinary stack calls exit() while main, interrupted, still holds a block in its frame: main's frame is suspended, the block reachable.
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
  signal(SIGUSR1, on_usr1);
  char *volatile kept = malloc(n * 3);
  kept[0] = 1;
  raise(SIGUSR1);
  free(kept);
  return 1;
}
