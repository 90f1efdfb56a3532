// EXPECT: global-buffer-overflow
// Four threads call pthread_once to initialise a global lookup table, meet
// at a barrier, then each reads one entry; thread 3 computes index 24 of a
// 24-entry table.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 24
static int table[N];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int base;
static pthread_barrier_t bar;
static void init_table(void) {
  for (int i = 0; i < N; i++) table[i] = base + i * i;
}
static void *work(void *p) {
  long id = (long)p;
  pthread_once(&once, init_table);
  pthread_barrier_wait(&bar);
  int idx = id == 3 ? base + 14 : (int)id * 5;
  long v = table[idx]; // BUG
  return (void *)v;
}
int main(int argc, char **argv) {
  base = atoi(argv[1]);
  pthread_barrier_init(&bar, 0, 4);
  pthread_t t[4];
  long s = 0;
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  pthread_barrier_destroy(&bar);
  printf("%ld\n", s);
  return 0;
}
