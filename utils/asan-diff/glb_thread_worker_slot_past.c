// EXPECT: global-buffer-overflow
// Worker threads store their results into a global array indexed by their
// worker number; one more worker is started than the array has slots.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_WORKERS 3
long g_results[MAX_WORKERS];

static void *worker(void *arg) {
  long id = (long)arg;
  long r = 0;
  for (long i = 0; i <= id * 100; i++) r += i;
  g_results[id] = r; // BUG
  return NULL;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 6 + (argc - 3); /* 4 workers */
  pthread_t t[8];
  for (long i = 0; i < n; i++) {
    pthread_create(&t[i], NULL, worker, (void *)i);
    pthread_join(t[i], NULL);
  }
  printf("%ld\n", g_results[0] + g_results[2]);
  return 0;
}
