// EXPECT: none
// 6 threads run 40 barrier-separated phases: each allocates a block, the
// next phase its right neighbour reads and frees it; the last phase's
// blocks are freed by main.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define NT 6
#define PHASES 40
static pthread_barrier_t bar;
static char *slots[2][NT];
static int lens[2][NT];
static long sums[NT];
static void *work(void *p) {
  long id = (long)p;
  for (int ph = 0; ph < PHASES; ph++) {
    int cur = ph & 1, prev = cur ^ 1;
    int len = 16 + (int)((ph * 31 + id * 17) % 400);
    char *b = malloc(len);
    memset(b, (int)(ph + id), len);
    slots[cur][id] = b;
    lens[cur][id] = len;
    if (ph > 0) {
      int from = (int)((id + NT - 1) % NT);
      char *in = slots[prev][from];
      for (int i = 0; i < lens[prev][from]; i++) sums[id] += in[i];
      free(in);
    }
    pthread_barrier_wait(&bar);
  }
  return 0;
}
int main(void) {
  pthread_barrier_init(&bar, 0, NT);
  pthread_t t[NT];
  for (long i = 0; i < NT; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < NT; i++) pthread_join(t[i], 0);
  for (int i = 0; i < NT; i++) free(slots[(PHASES - 1) & 1][i]);
  long s = 0;
  for (int i = 0; i < NT; i++) s += sums[i];
  printf("%ld\n", s);
  return 0;
}
