// EXPECT: none
// The alternate signal stack is a 192 KiB array in main's frame, so it
// lies inside the thread's stack, above the frames the signal interrupts.
// The SIGUSR1 handler uses setjmp/longjmp internally (leaving a small
// recursion it started itself) and returns normally; the interrupted
// worker reads its arrays after each raise().
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long acc;
static const char *tag;

__attribute__((noinline)) static void dive(jmp_buf *jb, int d) {
  char pad[72];
  memset(pad, tag[d % 26], sizeof pad);
  acc += pad[71];
  if (d == 0) longjmp(*jb, 1);
  dive(jb, d - 1);
}

__attribute__((noinline)) static long sum_ints(const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

static void handler(int sig) {
  jmp_buf jb;
  if (!setjmp(jb)) dive(&jb, 5);
  int loc[12];
  for (int i = 0; i < 12; i++) loc[i] = sig + i;
  acc += sum_ints(loc, 12);
}

__attribute__((noinline)) static long worker(int n, int rounds) {
  int mine[48];
  char name[24];
  for (int i = 0; i < 48; i++) mine[i] = n + i;
  snprintf(name, sizeof name, "worker%d", n);
  long s = 0;
  for (int r = 0; r < rounds; r++) {
    raise(SIGUSR1);
    s += sum_ints(mine, 48) + name[6];
    mine[r % 48]++;
  }
  return s;
}

int main(int argc, char **argv) {
  char alt[192 * 1024];
  int n = argc > 1 ? atoi(argv[1]) : 10;
  tag = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt, .ss_flags = 0};
  if (sigaltstack(&ss, NULL) != 0) return 1;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, NULL);
  long s = worker(n, n * 4);
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, NULL);
  printf("%ld %ld\n", s, acc);
  return 0;
}
