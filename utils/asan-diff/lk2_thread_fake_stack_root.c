// EXPECT: none
// A thread still blocked at exit keeps its blocks in an address-taken local array (on ASan's fake stack with use-after-return detection): a live frame, so they are reachable.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, g_n;
__attribute__((noinline)) static void fill(char **slots, int k, int n) {
  for (int i = 0; i < k; i++) { slots[i] = malloc(n + i); memset(slots[i], 0, n + i); }
}
static void *worker(void *arg) {
  (void)arg;
  char *slots[4];
  fill(slots, 4, g_n);
  pthread_mutex_lock(&mu);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  for (;;) { pause(); slots[0][0]++; }
  return 0;
}
int main(int argc, char **argv) {
  g_n = atoi(argv[1]);
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  pthread_detach(t);
  pthread_mutex_lock(&mu);
  while (!ready) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  printf("main done\n");
  return 0;
}
