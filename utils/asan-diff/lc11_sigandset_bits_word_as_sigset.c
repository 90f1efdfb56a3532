// EXPECT: heap-buffer-overflow
// A worker's config keeps its blocked-signal mask as one unsigned long
// ("64 signals are enough"), and the code intersects it with the live
// mask by casting the word's address to sigset_t *: sigandset reads a
// whole 128-byte sigset_t from an 8-byte field at the end of the struct.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

struct worker_cfg {
  int id;
  unsigned long blocked_bits;
};

int main(int argc, char **argv) {
  struct worker_cfg *cfg = malloc(sizeof *cfg);
  cfg->id = argc;
  cfg->blocked_bits = 1ul << (SIGUSR1 - 1);
  sigset_t live, both;
  sigprocmask(SIG_BLOCK, NULL, &live);
  sigaddset(&live, SIGUSR1);
  if (sigandset(&both, &live, (sigset_t *)&cfg->blocked_bits) != 0) // BUG
    return 1;
  printf("%d\n", sigismember(&both, SIGUSR1));
  free(cfg);
  return 0;
}
