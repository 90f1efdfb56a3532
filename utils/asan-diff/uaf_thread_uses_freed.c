// EXPECT: heap-use-after-free
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct job { int id; long data[6]; };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int freed;
static void *worker(void *a) {
  struct job *j = a;
  pthread_mutex_lock(&mu);
  while (!freed) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  j->data[2] += 1; // BUG
  return 0;
}
int main(int argc, char **argv) {
  struct job *j = calloc(1, sizeof *j);
  j->id = argc;
  pthread_t t;
  pthread_create(&t, 0, worker, j);
  free(j);
  pthread_mutex_lock(&mu);
  freed = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  pthread_join(t, 0);
  printf("done\n");
  return 0;
}
