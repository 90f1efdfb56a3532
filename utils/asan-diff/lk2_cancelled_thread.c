// EXPECT: leak
// A worker keeps a block in a local while blocked in pause(); main cancels and joins it, and the block its frame held is lost.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, g_n;
static void *worker(void *a) {
  (void)a;
  char *volatile mine = malloc(g_n * 31); // BUG
  mine[0] = 1;
  pthread_mutex_lock(&mu);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  for (;;) { pause(); mine[0]++; }
  return 0;
}
int main(int argc, char **argv) {
  g_n = atoi(argv[1]);
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  pthread_mutex_lock(&mu);
  while (!ready) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  pthread_cancel(t);
  pthread_join(t, 0);
  printf("cancelled\n");
  return 0;
}
