// EXPECT: none
// A profiler-style signal handler: SIGPROF-like signals (raised with
// pthread_kill to the thread itself at points inside a deep recursion)
// run a handler on the interrupted stack; the handler has a 2 KiB local
// array and walks a chain of "frame records" that each live in a frame of
// the recursion (registered on entry, unregistered on exit), reading their
// local arrays while those frames are suspended under the handler. A
// second pass runs the handler on a sigaltstack.
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct FrameRec {
  struct FrameRec *parent;
  const char *fn;
  int depth;
  int samples[8];
};

static struct FrameRec *volatile g_top;
static volatile long g_samples;

static void on_prof(int sig) {
  char scratch[2048];
  int n = 0;
  memset(scratch, 0, sizeof scratch);
  for (struct FrameRec *f = g_top; f && n < 2000; f = f->parent) {
    f->samples[f->depth % 8]++;
    n += snprintf(scratch + n, sizeof scratch - (size_t)n, "%s:%d;", f->fn, f->depth) > 0 ? 1 : 0;
  }
  g_samples += n + (sig == SIGUSR2);
}

__attribute__((noinline)) static long work(int depth, int max) {
  struct FrameRec me = {g_top, "work", depth, {0}};
  double local[32];
  g_top = &me;
  for (int i = 0; i < 32; i++) local[i] = depth * i;
  if (depth % 5 == 0) pthread_kill(pthread_self(), SIGUSR2);
  long r = depth < max ? work(depth + 1, max) : (long)local[31];
  if (depth % 7 == 0) pthread_kill(pthread_self(), SIGUSR2);
  g_top = me.parent;
  long s = r;
  for (int i = 0; i < 8; i++) s += me.samples[i];
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_prof;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR2, &sa, NULL);
  long a = work(0, n * 10);
  stack_t ss = {.ss_sp = malloc(SIGSTKSZ * 4), .ss_size = SIGSTKSZ * 4, .ss_flags = 0};
  sigaltstack(&ss, NULL);
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR2, &sa, NULL);
  long b = work(0, n * 10);
  stack_t off = {.ss_flags = SS_DISABLE};
  sigaltstack(&off, NULL);
  free(ss.ss_sp);
  printf("%ld %ld %ld\n", a, b, (long)g_samples);
  return 0;
}
