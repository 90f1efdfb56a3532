// EXPECT: none
// Detached workers initialise a global table once with pthread_once, read
// its last entry, and hand a heap result to main through a semaphore-guarded
// slot array; main frees each result after the semaphore says it is ready.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#define N 32
#define NW 6
static int table[N];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int base;
static long *results[NW];
static sem_t ready;
static void init(void) {
  for (int i = 0; i < N; i++) table[i] = base * i;
}
static void *work(void *p) {
  long id = (long)p;
  pthread_once(&once, init);
  long *r = malloc(4 * sizeof(long));
  r[0] = table[N - 1];
  r[3] = table[(id * 7) % N];
  results[id] = r;
  sem_post(&ready);
  return 0;
}
int main(int argc, char **argv) {
  base = atoi(argv[1]);
  sem_init(&ready, 0, 0);
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  for (long i = 0; i < NW; i++) {
    pthread_t t;
    pthread_create(&t, &at, work, (void *)i);
  }
  pthread_attr_destroy(&at);
  for (int i = 0; i < NW; i++) sem_wait(&ready);
  long s = 0;
  for (int i = 0; i < NW; i++) {
    s += results[i][0] + results[i][3];
    free(results[i]);
  }
  printf("%ld\n", s);
  return 0;
}
