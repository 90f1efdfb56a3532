// EXPECT: none
// A detached thread runs on a malloc'd stack given with pthread_attr_setstack and is blocked at exit holding a block in its frame; main has dropped its pointer to the stack.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, g_n;
static void *worker(void *a) {
  (void)a;
  char *volatile mine = malloc(g_n * 43);
  mine[0] = 1;
  pthread_mutex_lock(&mu);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  for (;;) { pause(); mine[0]++; }
  return 0;
}
__attribute__((noinline)) static void start(void) {
  size_t sz = 1 << 20;
  void *stk = 0;
  posix_memalign(&stk, 4096, sz);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstack(&attr, stk, sz);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t t;
  pthread_create(&t, &attr, worker, 0);
  pthread_attr_destroy(&attr);
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  g_n = atoi(argv[1]);
  start();
  scrub();
  pthread_mutex_lock(&mu);
  while (!ready) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  printf("main done\n");
  return 0;
}
