// EXPECT: none
// sigaction with old actions into heap structs, sigprocmask/pthread_sigmask with NULL sets, sigpending, sigwait on a blocked signal, a handler run by raise and kill.
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static volatile sig_atomic_t hits;
static char hbuf[32];
static void on_usr1(int sig, siginfo_t *si, void *uc) {
  char local[8];
  memset(local, 'a' + sig % 26, sizeof local);
  hbuf[hits % 32] = local[7];
  hits += si->si_signo == sig;
}
static void on_usr2(int sig) { hits += 10; }
int main(int argc, char **argv) {
  struct sigaction *sa = malloc(sizeof *sa), *old = malloc(sizeof *old);
  memset(sa, 0, sizeof *sa);
  sa->sa_sigaction = on_usr1;
  sa->sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset(&sa->sa_mask);
  sigaddset(&sa->sa_mask, SIGUSR2);
  sigaction(SIGUSR1, sa, old);
  sigaction(SIGUSR1, NULL, old);                /* query only */
  signal(SIGUSR2, on_usr2);
  raise(SIGUSR1);
  kill(getpid(), SIGUSR2);
  sigset_t *block = malloc(sizeof *block), *prev = malloc(sizeof *prev), pend;
  sigemptyset(block);
  sigaddset(block, SIGUSR2);
  sigaddset(block, SIGTERM);
  sigdelset(block, SIGTERM);
  int mem = sigismember(block, SIGUSR2);
  sigprocmask(SIG_BLOCK, block, prev);
  sigprocmask(SIG_SETMASK, NULL, prev);         /* query */
  raise(SIGUSR2);                               /* stays pending */
  sigpending(&pend);
  int pending = sigismember(&pend, SIGUSR2);
  int got = 0;
  sigwait(block, &got);                         /* takes it without the handler */
  pthread_sigmask(SIG_UNBLOCK, block, NULL);
  sigset_t full;
  sigfillset(&full);
  int empty = sigisemptyset(&full);
  union sigval v = {.sival_int = 7};
  sigqueue(getpid(), SIGUSR1, v);
  printf("%d %d %d %d %d %d %c\n", (int)hits, mem, pending, got, empty, (old->sa_flags & SA_SIGINFO) != 0, hbuf[0]);
  free(sa); free(old); free(block); free(prev);
  return 0;
}
