// EXPECT: none
// FLAGS: -pthread -ftls-model=initial-exec
// Thread-local buffers (__thread / _Thread_local, initial-exec TLS model
// as libraries that must be dlopen-free use): each thread fills and
// scans its own per-thread arrays, including one with an initializer,
// exactly to their ends, and keeps a pointer to its own TLS only while
// it runs.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static __thread char scratch[40];
__thread int hist[16] = {1, 1, 1, 1};
static _Thread_local long acc;

static void *work(void *arg) {
  const char *s = arg;
  char *mine = scratch;
  strncpy(mine, s, sizeof scratch - 1);
  for (size_t i = 0; i < sizeof scratch && mine[i]; i++) hist[(unsigned char)mine[i] % 16]++;
  for (int i = 0; i < 16; i++) acc += hist[i] * (i + 1);
  return (void *)acc;
}

int main(int argc, char **argv) {
  pthread_t t[3];
  char *args[3] = {argv[1], argv[2], "tls-thread-three"};
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, work, args[i]);
  long sum = (long)work(argv[2]);
  for (int i = 0; i < 3; i++) {
    void *r;
    pthread_join(t[i], &r);
    sum += (long)r;
  }
  printf("%ld %d\n", sum, hist[15]);
  return 0;
}
