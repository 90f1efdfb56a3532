// EXPECT: heap-buffer-overflow
// Thread A allocates n ints and stays alive at a barrier; thread B, running
// at the same time, writes element n of A's block; then A frees it.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_barrier_t bar;
static int *volatile blk;
static int n;
static void *owner(void *u) {
  int *p = malloc(n * sizeof *p);
  for (int i = 0; i < n; i++) p[i] = i;
  blk = p;
  pthread_barrier_wait(&bar); /* published */
  pthread_barrier_wait(&bar); /* writer done */
  long s = p[0] + p[n - 1];
  free(p);
  return (void *)s;
}
static void *writer(void *u) {
  pthread_barrier_wait(&bar);
  int *p = blk;
  for (int i = 0; i <= n; i++) p[i] += 2; // BUG
  pthread_barrier_wait(&bar);
  return 0;
}
int main(int argc, char **argv) {
  n = atoi(argv[1]) + 2; /* 12 */
  pthread_barrier_init(&bar, 0, 2);
  pthread_t a, b;
  void *r;
  pthread_create(&a, 0, owner, 0);
  pthread_create(&b, 0, writer, 0);
  pthread_join(b, 0);
  pthread_join(a, &r);
  printf("%ld\n", (long)r);
  return 0;
}
