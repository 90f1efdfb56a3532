// EXPECT: stack-use-after-return
// A thread publishes the address of a local array, then (one frame deeper)
// blocks in pthread_cond_wait; main cancels it, joins, and reads the array.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int *volatile pub;
static int seed;
static void unlock(void *u) { pthread_mutex_unlock(&mu); }
__attribute__((noinline)) static void wait_forever(int *p) {
  pthread_mutex_lock(&mu);
  pthread_cleanup_push(unlock, 0);
  pub = p;
  pthread_cond_broadcast(&cv);
  for (;;) pthread_cond_wait(&cv, &mu);
  pthread_cleanup_pop(1);
}
__attribute__((noinline)) static void hold(void) {
  int local[16];
  for (int i = 0; i < 16; i++) local[i] = seed * i;
  wait_forever(local);
  local[0]++;
}
static void *work(void *u) { hold(); return 0; }
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  pthread_t t;
  pthread_create(&t, 0, work, 0);
  pthread_mutex_lock(&mu);
  while (!pub) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  pthread_cancel(t);
  pthread_join(t, 0);
  printf("%d\n", pub[seed % 16]); // BUG
  return 0;
}
