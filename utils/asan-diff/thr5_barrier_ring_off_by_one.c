// EXPECT: heap-buffer-overflow
// A producer and a consumer step in lock-step with a barrier through a
// heap ring of 8 slots; the producer wraps its index with `% (cap + 1)`
// instead of `% cap`, and writes slot 8 on the ninth round.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct ring { int cap; long *slot; };
static struct ring r;
static pthread_barrier_t bar;
static int rounds;
static void *producer(void *u) {
  for (int i = 0; i < rounds; i++) {
    r.slot[i % (r.cap + 1)] = i * 11L; // BUG
    pthread_barrier_wait(&bar);
    pthread_barrier_wait(&bar);
  }
  return 0;
}
static void *consumer(void *u) {
  long s = 0;
  for (int i = 0; i < rounds; i++) {
    pthread_barrier_wait(&bar);
    s += r.slot[i % r.cap];
    pthread_barrier_wait(&bar);
  }
  return (void *)s;
}
int main(int argc, char **argv) {
  rounds = atoi(argv[1]) + 2;
  r.cap = 8;
  r.slot = calloc(r.cap, sizeof(long));
  pthread_barrier_init(&bar, 0, 2);
  pthread_t p, c;
  void *s;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, &s);
  printf("%ld\n", (long)s);
  free(r.slot);
  return 0;
}
