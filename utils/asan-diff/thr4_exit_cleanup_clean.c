// EXPECT: none
// 10 rounds of 6 threads that push cleanup handlers freeing heap buffers,
// then leave through pthread_exit from 6 frames deep (each frame holding a
// local array); the handlers run during the unwind, and the next round's
// threads reuse the stacks for deep frames of their own.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static long sink[6];
static long released;
static void release(void *p) { __atomic_fetch_add(&released, ((char *)p)[0], __ATOMIC_RELAXED); free(p); }
__attribute__((noinline)) static void deep(int d, long id) {
  char arr[80 + 16 * d];
  memset(arr, d, sizeof arr);
  sink[id] += arr[d];
  if (d == 0) pthread_exit((void *)id);
  deep(d - 1, id);
  sink[id] += arr[1];
}
__attribute__((noinline)) static void with_cleanup(long id) {
  char *b = malloc(64 + id);
  memset(b, 1, 64 + id);
  pthread_cleanup_push(release, b);
  deep(6, id);
  pthread_cleanup_pop(1);
}
__attribute__((noinline)) static long climb(int d) {
  int loc[50];
  for (int i = 0; i < 50; i++) loc[i] = d + i;
  return d == 0 ? loc[49] : climb(d - 1) + loc[d % 50];
}
static void *exiting(void *p) { with_cleanup((long)p); return 0; }
static void *user(void *p) { sink[(long)p] += climb(30); return 0; }
int main(void) {
  for (int r = 0; r < 10; r++) {
    pthread_t t[6];
    for (long i = 0; i < 6; i++) pthread_create(&t[i], 0, (r & 1) ? user : exiting, (void *)i);
    for (int i = 0; i < 6; i++) pthread_join(t[i], 0);
  }
  long s = 0;
  for (int i = 0; i < 6; i++) s += sink[i];
  printf("%ld %ld\n", s, released);
  return 0;
}
