// EXPECT: leak
// A detached thread still blocked at exit keeps one block in its live frame (reachable) and has dropped another (leaked).
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int g_n;
__attribute__((noinline)) static void drop(int n) {
  char *lost = malloc(n * 9); // BUG
  memset(lost, 0, n * 9);
  __asm__ volatile("" : : "r"(lost) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
static void *worker(void *arg) {
  (void)arg;
  char *volatile kept = malloc(g_n * 4);
  drop(g_n);
  scrub();
  pthread_mutex_lock(&mu);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  for (;;) { pause(); kept[0]++; }
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
