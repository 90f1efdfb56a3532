// EXPECT: none
// A plugin host gives each plugin its own pthread key (40 of them, more than
// glibc keeps inline in the thread descriptor, so the values of keys 32 and
// up live in a second-level array glibc allocates). A worker stores one
// heap block per key and is still blocked when main returns: the running
// thread's descriptor and that array reach every block, so none is leaked.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NKEYS 40

static pthread_key_t g_keys[NKEYS];
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready, g_n;

__attribute__((noinline)) static void attach_all(void) {
  for (int i = 0; i < NKEYS; i++) {
    char *b = malloc((size_t)g_n + i);
    memset(b, 'k', (size_t)g_n + i);
    pthread_setspecific(g_keys[i], b);
  }
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

static void *worker(void *arg) {
  (void)arg;
  attach_all();
  scrub();
  pthread_mutex_lock(&mu);
  ready = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&mu);
  for (;;) pause();
  return NULL;
}

int main(int argc, char **argv) {
  g_n = argc > 1 ? atoi(argv[1]) : 10;
  for (int i = 0; i < NKEYS; i++) pthread_key_create(&g_keys[i], NULL);
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_detach(t);
  pthread_mutex_lock(&mu);
  while (!ready) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  printf("worker attached %d keys\n", NKEYS);
  return 0;
}
