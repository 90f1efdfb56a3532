// EXPECT: stack-use-after-scope
// Four threads each publish the address of a block-scoped array, leave the
// block, meet at a barrier, and thread 1 reads thread 0's array; thread 0
// is parked at a second barrier, so its stack is still alive.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define NT 4
static int *slots[NT];
static pthread_barrier_t bar;
static int seed;
__attribute__((noinline)) static void fill(int *a, long id) {
  for (int i = 0; i < 8; i++) a[i] = (int)id * 100 + i + seed;
}
static void *work(void *p) {
  long id = (long)p;
  {
    int mine[8];
    fill(mine, id);
    slots[id] = mine;
  }
  pthread_barrier_wait(&bar);
  long v = 0;
  if (id == 1) v = slots[0][seed % 8]; // BUG
  pthread_barrier_wait(&bar);
  return (void *)v;
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  pthread_barrier_init(&bar, 0, NT);
  pthread_t t[NT];
  long s = 0;
  for (long i = 0; i < NT; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < NT; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
