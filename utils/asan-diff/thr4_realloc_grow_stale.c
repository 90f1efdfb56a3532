// EXPECT: heap-use-after-free
// A worker keeps a pointer into a table; between two barriers main grows the
// table with realloc (which moves it); the worker then reads its stale
// pointer.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_barrier_t bar;
static int *table;
static int n;
static void *work(void *u) {
  int *mine = &table[n / 2];
  pthread_barrier_wait(&bar); /* main grows */
  pthread_barrier_wait(&bar); /* grown */
  return (void *)(long)*mine; // BUG
}
int main(int argc, char **argv) {
  n = atoi(argv[1]);
  table = malloc(n * sizeof *table);
  for (int i = 0; i < n; i++) table[i] = i * i;
  pthread_barrier_init(&bar, 0, 2);
  pthread_t t;
  pthread_create(&t, 0, work, 0);
  pthread_barrier_wait(&bar);
  table = realloc(table, 4096 * n * sizeof *table);
  pthread_barrier_wait(&bar);
  void *r;
  pthread_join(t, &r);
  printf("%ld %d\n", (long)r, table[1]);
  free(table);
  return 0;
}
