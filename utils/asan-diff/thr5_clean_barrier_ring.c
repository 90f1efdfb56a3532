// EXPECT: none
// A producer and a consumer step through a heap ring of 8 slots in
// lock-step with a barrier, both wrapping the index with `% cap`, for
// more rounds than the ring has slots.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct ring { int cap; long *slot; };
static struct ring r;
static pthread_barrier_t bar;
static int rounds;
static void *producer(void *u) {
  for (int i = 0; i < rounds; i++) {
    r.slot[i % r.cap] = i * 11L;
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
  rounds = atoi(argv[1]) * 5;
  r.cap = 8;
  r.slot = calloc(r.cap, sizeof(long));
  pthread_barrier_init(&bar, 0, 2);
  pthread_t p, c;
  void *s;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, &s);
  pthread_barrier_destroy(&bar);
  printf("%ld\n", (long)s);
  free(r.slot);
  return 0;
}
