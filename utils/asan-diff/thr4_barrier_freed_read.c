// EXPECT: heap-use-after-free
// Main and 3 workers meet at barriers; main frees the shared buffer between
// two barriers and worker 2 reads it after the second one.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_barrier_t bar;
static char *shared;
static int idx;
static long out[3];
static void *work(void *p) {
  long id = (long)p;
  pthread_barrier_wait(&bar); /* buffer filled */
  out[id] = shared[id];
  pthread_barrier_wait(&bar); /* main may free now */
  pthread_barrier_wait(&bar); /* freed */
  if (id == 2) out[id] += shared[idx]; // BUG
  return 0;
}
int main(int argc, char **argv) {
  idx = atoi(argv[1]);
  pthread_barrier_init(&bar, 0, 4);
  shared = malloc(64);
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, work, (void *)i);
  memset(shared, 'q', 64);
  pthread_barrier_wait(&bar);
  pthread_barrier_wait(&bar);
  free(shared);
  pthread_barrier_wait(&bar);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  printf("%ld\n", out[0] + out[1] + out[2]);
  return 0;
}
