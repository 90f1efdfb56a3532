// EXPECT: none
// Combines signal sets with sigandset/sigorset, blocks SIGUSR1 and
// SIGUSR2, raises both and collects them with sigwaitinfo into proper
// siginfo_t objects; every set and info buffer is a full object.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv) {
  sigset_t a, b, both, any;
  sigemptyset(&a);
  sigemptyset(&b);
  sigaddset(&a, SIGUSR1);
  sigaddset(&b, SIGUSR2);
  sigaddset(&b, SIGUSR1);
  sigandset(&both, &a, &b);
  sigset_t *merged = malloc(sizeof *merged);
  sigorset(merged, &a, &b);
  sigprocmask(SIG_BLOCK, merged, NULL);
  kill(getpid(), SIGUSR1);
  kill(getpid(), SIGUSR2);
  siginfo_t *infos = calloc(2, sizeof *infos);
  int got = 0;
  for (int i = 0; i < 2; i++)
    if (sigwaitinfo(merged, &infos[i]) > 0)
      got++;
  any = *merged;
  printf("%d %d %d %d %d\n", sigismember(&both, SIGUSR1), sigismember(&both, SIGUSR2),
         sigismember(&any, SIGUSR2), got, infos[0].si_pid == getpid() && argc > 0);
  free(infos);
  free(merged);
  return 0;
}
