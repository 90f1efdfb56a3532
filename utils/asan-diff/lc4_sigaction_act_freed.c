// EXPECT: heap-use-after-free
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void on_usr1(int s) { (void)s; }
int main(int argc, char **argv) {
  struct sigaction *sa = malloc(sizeof *sa);
  memset(sa, 0, sizeof *sa);
  sa->sa_handler = on_usr1;
  sa->sa_flags = atoi(argv[1]) > 100 ? SA_RESTART : 0;
  free(sa);
  int r = sigaction(SIGUSR1, sa, 0); // BUG
  printf("%d\n", r);
  return 0;
}
