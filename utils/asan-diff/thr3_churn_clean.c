// EXPECT: none
// 20 rounds of 8 threads: stack buffers of varying sizes, alloca, heap
// blocks freed by another thread of the next round, a mutex-protected sum.
#include <alloca.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long total;
static char *blocks[8];
struct arg { int r, i; };
static void *work(void *p) {
  struct arg *a = p;
  int n = 16 + (a->r * 7 + a->i * 13) % 200;
  char buf[256];
  char *dyn = alloca(n);
  memset(buf, a->i, sizeof buf);
  memset(dyn, a->r, n);
  if (blocks[a->i]) free(blocks[a->i]);
  blocks[a->i] = malloc(n);
  memcpy(blocks[a->i], dyn, n);
  pthread_mutex_lock(&mu);
  total += buf[255] + dyn[n - 1] + blocks[a->i][n - 1];
  pthread_mutex_unlock(&mu);
  return 0;
}
int main(int argc, char **argv) {
  for (int r = 0; r < 20; r++) {
    pthread_t t[8];
    struct arg a[8];
    for (int i = 0; i < 8; i++) { a[i].r = r; a[i].i = (i + r) % 8; pthread_create(&t[i], 0, work, &a[i]); }
    for (int i = 0; i < 8; i++) pthread_join(t[i], 0);
  }
  for (int i = 0; i < 8; i++) free(blocks[i]);
  printf("%ld\n", total);
  return 0;
}
