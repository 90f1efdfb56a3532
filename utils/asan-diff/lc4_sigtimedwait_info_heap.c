// EXPECT: heap-buffer-overflow
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, SIGUSR1);
  sigprocmask(SIG_BLOCK, &s, 0);
  raise(SIGUSR1);
  char *info = malloc(atoi(argv[1]) * 4);
  struct timespec ts = {0, 0};
  int r = sigtimedwait(&s, (siginfo_t *)info, &ts); // BUG
  printf("%d\n", r);
  free(info);
  return 0;
}
