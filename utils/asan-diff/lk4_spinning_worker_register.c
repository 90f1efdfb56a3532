// EXPECT: none
// A polling worker is still spinning over its sample buffer when main
// returns; at -O2 the buffer's pointer lives only in a register of that
// running thread. LSan stops every thread and scans its registers and live
// stack, so the buffer (and the table the worker keeps) are reachable.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static atomic_int started;
static volatile long g_sink;
static int g_n;

__attribute__((noinline)) static long *make_samples(int count) {
  long *s = malloc(sizeof *s * (size_t)count);
  for (int i = 0; i < count; i++) s[i] = i * 3;
  return s;
}

static void *poller(void *arg) {
  (void)arg;
  long *samples = make_samples(g_n * 4);
  char **table = malloc(sizeof *table * 4);
  for (int i = 0; i < 4; i++) {
    table[i] = malloc((size_t)g_n + (size_t)i);
    memset(table[i], 't', (size_t)g_n + (size_t)i);
  }
  atomic_store(&started, 1);
  long local = 0;
  for (unsigned long it = 0;; it++) {
    local += samples[it % (unsigned long)(g_n * 4)] + table[it & 3][0];
    g_sink = local;
  }
  return NULL;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  g_n = argc > 1 ? atoi(argv[1]) : 10;
  pthread_t t;
  pthread_create(&t, NULL, poller, NULL);
  pthread_detach(t);
  while (!atomic_load(&started)) {
  }
  scrub();
  printf("poller running\n");
  return 0;
}
