// EXPECT: none
// Threads each write their own slot of a global results array (exactly as
// many threads as slots) and bump a global counter atomically; main joins
// them and reads every slot.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NWORKERS 4
long g_results[NWORKERS];
int g_done;

static void *worker(void *arg) {
  long id = (long)arg;
  long r = 0;
  for (long i = 0; i <= id * 50; i++) r += i;
  g_results[id] = r;
  __atomic_fetch_add(&g_done, 1, __ATOMIC_RELAXED);
  return NULL;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 6 + (argc - 3); /* 4 */
  pthread_t t[NWORKERS];
  for (long i = 0; i < n && i < NWORKERS; i++)
    pthread_create(&t[i], NULL, worker, (void *)i);
  for (long i = 0; i < n && i < NWORKERS; i++) pthread_join(t[i], NULL);
  long s = 0;
  for (int i = 0; i < NWORKERS; i++) s += g_results[i];
  printf("%ld %d\n", s, g_done);
  return 0;
}
