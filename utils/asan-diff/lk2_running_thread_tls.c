// EXPECT: none
// A worker thread still blocked at exit keeps its block only in its own __thread variable: the running thread's TLS is a root.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static __thread char *t_buf;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, g_n;
__attribute__((noinline)) static void fill(void) { t_buf = malloc(g_n * 24); memset(t_buf, 0, g_n * 24); }
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
static void *worker(void *a) {
  (void)a;
  fill();
  scrub();
  pthread_mutex_lock(&mu);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  for (;;) pause();
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
