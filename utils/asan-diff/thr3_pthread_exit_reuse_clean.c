// EXPECT: none
// 10 rounds of 6 threads that call pthread_exit from 5 frames deep, each
// frame holding a local array; the next round's threads (on the reused
// stacks) fill large local arrays of their own.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static long sink[6];
__attribute__((noinline)) static void deep(int d, int id) {
  char arr[64 + 32 * d];
  memset(arr, d, sizeof arr);
  sink[id] += arr[d];
  if (d == 0) pthread_exit((void *)(long)arr[3]);
  deep(d - 1, id);
}
static void *exiting(void *p) { deep(5, (int)(long)p); return 0; }
static void *user(void *p) {
  char big[6000];
  int small[100];
  memset(big, 2, sizeof big);
  for (int i = 0; i < 100; i++) small[i] = big[i * 60] + i;
  sink[(long)p] += small[99] + big[5999];
  return 0;
}
int main(int argc, char **argv) {
  for (int r = 0; r < 10; r++) {
    pthread_t t[6];
    for (long i = 0; i < 6; i++) pthread_create(&t[i], 0, (r & 1) ? user : exiting, (void *)i);
    for (int i = 0; i < 6; i++) pthread_join(t[i], 0);
  }
  long s = 0;
  for (int i = 0; i < 6; i++) s += sink[i];
  printf("%ld\n", s);
  return 0;
}
