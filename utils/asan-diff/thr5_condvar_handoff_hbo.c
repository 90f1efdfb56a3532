// EXPECT: heap-buffer-overflow
// Main allocates a block of n ints and hands it to a worker through a
// condition-variable mailbox together with its length; the worker fills it
// with a loop that runs one element too far.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct mailbox { int *data; int len; int full; };
static struct mailbox box;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *worker(void *u) {
  pthread_mutex_lock(&mu);
  while (!box.full) pthread_cond_wait(&cv, &mu);
  int *d = box.data;
  int n = box.len;
  pthread_mutex_unlock(&mu);
  for (int i = 0; i <= n; i++)
    d[i] = i * 3; // BUG
  long s = 0;
  for (int i = 0; i < n; i++) s += d[i];
  return (void *)s;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  int *block = malloc(n * sizeof(int));
  pthread_mutex_lock(&mu);
  box.data = block;
  box.len = n;
  box.full = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  void *r;
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  free(block);
  return 0;
}
