// EXPECT: double-free
// A worker blocked in pthread_cond_wait has two cleanup handlers: one frees
// its request, the outer one frees the request's buffer -- but both were
// pushed with the same pointer. main cancels it; the second handler frees
// the block again.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int waiting;
static int size;
static volatile int released;
static void unlock(void *m) { pthread_mutex_unlock(m); }
static void release_buf(void *p) {
  free(p); // BUG
  released += 2;
}
static void release_req(void *p) {
  free(p);
  released++;
}
static void *work(void *u) {
  char *buf = malloc(size);
  buf[0] = 1;
  pthread_cleanup_push(release_buf, buf);
  pthread_cleanup_push(release_req, buf);
  pthread_mutex_lock(&mu);
  pthread_cleanup_push(unlock, &mu);
  waiting = 1;
  pthread_cond_broadcast(&cv);
  for (;;) pthread_cond_wait(&cv, &mu);
  pthread_cleanup_pop(1);
  pthread_cleanup_pop(1);
  pthread_cleanup_pop(1);
  return 0;
}
int main(int argc, char **argv) {
  size = atoi(argv[1]) * 4;
  pthread_t t;
  pthread_create(&t, 0, work, 0);
  pthread_mutex_lock(&mu);
  while (!waiting) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  pthread_cancel(t);
  void *r;
  pthread_join(t, &r);
  printf("%d\n", r == PTHREAD_CANCELED);
  return 0;
}
