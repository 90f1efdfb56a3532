// EXPECT: heap-use-after-free
// A thread frees its scratch buffer, then blocks in pthread_cond_wait; main
// cancels it, and the cleanup handler pushed earlier reads the buffer.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int waiting;
static int idx;
static volatile long sink;
static void cleanup(void *p) {
  char *b = p;
  sink = b[idx]; // BUG
  pthread_mutex_unlock(&mu);
}
static void *work(void *arg) {
  char *b = malloc(50);
  strncpy(b, arg, 49);
  b[49] = 0;
  pthread_mutex_lock(&mu);
  pthread_cleanup_push(cleanup, b);
  sink = strlen(b);
  free(b);
  waiting = 1;
  pthread_cond_broadcast(&cv);
  for (;;) pthread_cond_wait(&cv, &mu);
  pthread_cleanup_pop(0);
  return 0;
}
int main(int argc, char **argv) {
  idx = atoi(argv[1]);
  pthread_t t;
  pthread_create(&t, 0, work, argv[2]);
  pthread_mutex_lock(&mu);
  while (!waiting) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  pthread_cancel(t);
  pthread_join(t, 0);
  printf("%ld\n", sink);
  return 0;
}
