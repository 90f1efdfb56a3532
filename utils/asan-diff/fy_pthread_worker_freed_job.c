// EXPECT: heap-use-after-free
// FLAGS: -pthread
// -pthread build: the main thread hands a job to a worker, waits for the
// worker to signal that it has started, and frees the job; the worker
// reads the job's data after that signal.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job { char *data; int n; };

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int started, freed;

static void *worker(void *arg) {
  struct job *j = arg;
  pthread_mutex_lock(&mu);
  started = 1;
  pthread_cond_broadcast(&cv);
  while (!freed) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  int n = j->n; // BUG
  long sum = 0;
  for (int i = 0; i < n; i++) sum += j->data[i];
  return (void *)sum;
}

int main(int argc, char **argv) {
  struct job *j = malloc(sizeof *j);
  j->n = atoi(argv[1]);
  j->data = strdup(argv[2]);
  pthread_t t;
  pthread_create(&t, NULL, worker, j);
  pthread_mutex_lock(&mu);
  while (!started) pthread_cond_wait(&cv, &mu);
  free(j->data);
  free(j);
  freed = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  void *r;
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
