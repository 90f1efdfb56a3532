// EXPECT: none
// A malloc'd argument is passed to pthread_create; the thread reads it once, keeps no copy, and is still blocked at exit: glibc's descriptor of the running thread (scanned with its TLS) still holds the argument.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, seen;
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
__attribute__((noinline)) static void read_arg(void *a) { seen = ((int *)a)[0]; }
static void *worker(void *a) {
  read_arg(a);
  a = 0;
  scrub();
  pthread_mutex_lock(&mu);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  for (;;) pause();
  return 0;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *arg = malloc(n * sizeof *arg);
  arg[0] = n;
  pthread_t t;
  pthread_create(&t, 0, worker, arg);
  arg = 0;
  pthread_detach(t);
  pthread_mutex_lock(&mu);
  while (!ready) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  scrub();
  printf("%d\n", seen);
  return 0;
}
