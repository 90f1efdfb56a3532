// EXPECT: none
// A producer thread's helper pushes the address of its local record onto a
// queue and then waits (still inside the helper) until the consumer has
// read it and acknowledged; only then does the helper return.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct rec { int id; long vals[6]; };
static struct rec *slot;
static int acked;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int seed;
__attribute__((noinline)) static void produce(int round) {
  struct rec r;
  r.id = round;
  for (int i = 0; i < 6; i++) r.vals[i] = seed * i + round;
  pthread_mutex_lock(&mu);
  slot = &r;
  acked = 0;
  pthread_cond_broadcast(&cv);
  while (!acked) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
}
static void *producer(void *u) {
  for (int i = 0; i < 50; i++) produce(i);
  return 0;
}
static void *consumer(void *u) {
  long s = 0;
  for (int i = 0; i < 50; i++) {
    pthread_mutex_lock(&mu);
    while (!slot) pthread_cond_wait(&cv, &mu);
    s += slot->vals[seed % 6] + slot->id;
    slot = 0;
    acked = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
  }
  return (void *)s;
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  pthread_t p, c;
  void *res;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(c, &res);
  pthread_join(p, 0);
  printf("%ld\n", (long)res);
  return 0;
}
