// EXPECT: stack-use-after-return
// A producer thread's helper pushes the address of its local record onto a
// mutex-protected queue and returns; a consumer thread pops the pointer
// after the producer signalled that the helper is done, and reads it.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct rec { int id; long vals[6]; };
struct queue { struct rec *items[8]; int head, tail; };
static struct queue q;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int produced_done;
static int seed;
static void push(struct rec *r) {
  pthread_mutex_lock(&mu);
  q.items[q.tail++ % 8] = r;
  pthread_mutex_unlock(&mu);
}
__attribute__((noinline)) static void produce(void) {
  struct rec r;
  r.id = seed;
  for (int i = 0; i < 6; i++) r.vals[i] = seed * i;
  push(&r);
}
static void *producer(void *u) {
  produce();
  pthread_mutex_lock(&mu);
  produced_done = 1;
  pthread_cond_broadcast(&cv);
  while (produced_done != 2) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  return 0;
}
static void *consumer(void *u) {
  pthread_mutex_lock(&mu);
  while (!produced_done) pthread_cond_wait(&cv, &mu);
  struct rec *r = q.items[q.head++ % 8];
  pthread_mutex_unlock(&mu);
  long s = r->vals[seed % 6]; // BUG
  pthread_mutex_lock(&mu);
  produced_done = 2;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
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
