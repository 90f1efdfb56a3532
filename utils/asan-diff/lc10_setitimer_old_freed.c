// EXPECT: heap-use-after-free
// A profiler keeps the previous interval timer in a context struct so it
// can restore it; the context was freed by the stop path, and the restart
// path hands its old-value slot to setitimer, which writes into it.
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>

struct prof_ctx {
  int running;
  struct itimerval saved;
};

static struct prof_ctx *ctx;

static void prof_stop(void) {
  ctx->running = 0;
  free(ctx);
}

static int prof_restart(long usec) {
  struct itimerval tv = {{0, 0}, {0, usec}};
  return setitimer(ITIMER_PROF, &tv, &ctx->saved); // BUG
}

int main(int argc, char **argv) {
  ctx = calloc(1, sizeof *ctx);
  ctx->running = 1;
  prof_stop();
  int r = prof_restart(atoi(argv[1]) * 10000L);
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_PROF, &off, NULL);
  printf("%d\n", r);
  return 0;
}
