// EXPECT: none
// A SIGUSR1 handler running on an alternate signal stack siglongjmps back
// to main from deep inside a recursion that raised the signal; the
// recursion's frames (with arrays) are abandoned. Afterwards, recursion
// and zeroed locals reuse that stack, and the handler runs again.
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sigjmp_buf back;
static volatile sig_atomic_t hits;
static char *alt;

static void on_usr1(int sig) {
  char note[40];
  memset(note, 'n', sizeof note);
  hits += sig == SIGUSR1 ? 1 : 100;
  hits += note[39] == 'n';
  siglongjmp(back, (int)hits);
}

__attribute__((noinline)) static int dive(int depth, const char *up) {
  char buf[128];
  memset(buf, depth, sizeof buf);
  buf[0] = up[0];
  if (depth == 0) {
    raise(SIGUSR1);
    return -1;
  }
  return dive(depth - 1, buf) + buf[127];
}

struct Totals {
  long a[20];
  char name[24];
};

__attribute__((noinline)) static long calm(int depth) {
  struct Totals t;
  memset(&t, 0, sizeof t);
  t.a[19] = depth;
  t.a[0] = t.name[23];
  long s = t.a[19] + t.a[0];
  if (depth > 0) s += calm(depth - 1);
  return s;
}

int main(int argc, char **argv) {
  int rounds = atoi(argv[1]) / 2;
  alt = malloc(65536);
  stack_t ss = {.ss_sp = alt, .ss_size = 65536, .ss_flags = 0};
  if (sigaltstack(&ss, NULL) != 0) return 1;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, NULL);
  volatile long total = 0;
  volatile int r = 0;
  if (sigsetjmp(back, 1)) {
    total = total + calm(300);
    r = r + 1;
  }
  if (r < rounds) dive(50 + r * 10, argv[2]);
  stack_t off = {.ss_flags = SS_DISABLE};
  sigaltstack(&off, NULL);
  free(alt);
  printf("%ld %d %d\n", (long)total, (int)hits, argc);
  return 0;
}
