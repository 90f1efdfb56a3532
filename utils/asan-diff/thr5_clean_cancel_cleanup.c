// EXPECT: none
// Workers block in pthread_cond_wait with two cleanup handlers (unlock and
// free of their own buffer, each pushed once); main cancels and joins them
// one by one; each buffer is freed exactly once.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int waiting;
static volatile long released;
static void unlock(void *m) { pthread_mutex_unlock(m); }
static void release_buf(void *p) {
  released += ((char *)p)[0];
  free(p);
}
static void *work(void *u) {
  char *buf = malloc(64);
  memset(buf, 'a' + (int)(long)u, 64);
  pthread_cleanup_push(release_buf, buf);
  pthread_mutex_lock(&mu);
  pthread_cleanup_push(unlock, &mu);
  waiting++;
  pthread_cond_broadcast(&cv);
  for (;;) pthread_cond_wait(&cv, &mu);
  pthread_cleanup_pop(1);
  pthread_cleanup_pop(1);
  return 0;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 2;
  for (int i = 0; i < n; i++) {
    pthread_t t;
    pthread_create(&t, 0, work, (void *)(long)i);
    pthread_mutex_lock(&mu);
    while (waiting <= i) pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    pthread_cancel(t);
    void *r;
    pthread_join(t, &r);
    if (r != PTHREAD_CANCELED) return 1;
  }
  printf("%ld\n", released);
  return 0;
}
