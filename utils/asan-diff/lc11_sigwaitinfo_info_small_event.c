// EXPECT: heap-buffer-overflow
// An event loop waits for SIGUSR1 synchronously and wants only the signal
// number, code and sender pid, so it allocates a small event record and
// passes it to sigwaitinfo as the siginfo_t: the kernel fills 128 bytes.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

struct small_event {
  int signo;
  int code;
  pid_t pid;
};

int main(int argc, char **argv) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  sigprocmask(SIG_BLOCK, &set, NULL);
  kill(getpid(), SIGUSR1);
  struct small_event *ev = malloc(sizeof *ev);
  int sig = sigwaitinfo(&set, (siginfo_t *)ev); // BUG
  printf("%d %d %d\n", sig, ev->signo, argc);
  free(ev);
  return 0;
}
