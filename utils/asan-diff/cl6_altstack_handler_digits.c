// EXPECT: stack-buffer-overflow
// A worker receives job numbers through sigqueue(SIGUSR1) and its handler
// runs on a sigaltstack. The handler formats the number into a local
// digits array without snprintf (async-signal-safe): the array was sized
// for "up to 7 digits and a NUL", and job numbers with nine digits write
// past its end.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t g_jobs;
static char g_last[16];

static void on_job(int sig, siginfo_t *si, void *uc) {
  (void)sig;
  (void)uc;
  char digits[8];
  unsigned v = (unsigned)si->si_value.sival_int;
  char rev[12];
  int n = 0, k = 0;
  do {
    rev[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (n > 0) digits[k++] = rev[--n];  // BUG
  digits[k] = '\0';
  memcpy(g_last, digits, sizeof digits);
  g_jobs++;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  stack_t ss = {.ss_sp = malloc(SIGSTKSZ * 2), .ss_size = SIGSTKSZ * 2, .ss_flags = 0};
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_job;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, NULL);
  int job = 7;
  for (int i = 0; i < n; i++) {
    union sigval v = {.sival_int = job};
    sigqueue(getpid(), SIGUSR1, v);
    job *= 10;  // 7, 70, ..., 700000000
  }
  printf("%d jobs, last %s\n", (int)g_jobs, g_last);
  return 0;
}
