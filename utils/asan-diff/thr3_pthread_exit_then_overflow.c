// EXPECT: stack-buffer-overflow
// Threads leave through pthread_exit from deep frames with arrays; a later
// thread on a reused stack reads one past its own local array.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int k;
__attribute__((noinline)) static void deep(int d) {
  char arr[128];
  memset(arr, d, sizeof arr);
  if (d == 0) pthread_exit(0);
  deep(d - 1);
  arr[0]++;
}
static void *exiting(void *p) { deep(6); return 0; }
__attribute__((noinline)) static int last(void) {
  int vals[30];
  for (int i = 0; i < 30; i++) vals[i] = i;
  return vals[k]; // BUG
}
static void *user(void *p) { return (void *)(long)last(); }
int main(int argc, char **argv) {
  k = atoi(argv[1]) + 20; /* 30 */
  for (int r = 0; r < 4; r++) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], 0, exiting, 0);
    for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  }
  pthread_t u;
  void *res;
  pthread_create(&u, 0, user, 0);
  pthread_join(u, &res);
  printf("%ld\n", (long)res);
  return 0;
}
