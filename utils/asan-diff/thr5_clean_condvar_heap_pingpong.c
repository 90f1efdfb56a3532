// EXPECT: none
// main and a worker ping-pong heap messages through one condition
// variable 2000 times: main allocates a request, the worker reads it,
// frees it and allocates a reply of a different size, which main frees.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static char *req, *rep;
static int rounds;
static void *worker(void *u) {
  for (int i = 0; i < rounds; i++) {
    pthread_mutex_lock(&mu);
    while (!req) pthread_cond_wait(&cv, &mu);
    char *r = req;
    req = 0;
    pthread_mutex_unlock(&mu);
    size_t n = strlen(r);
    char *out = malloc(n + 9);
    snprintf(out, n + 9, "re:%s", r);
    free(r);
    pthread_mutex_lock(&mu);
    rep = out;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
  }
  return 0;
}
int main(int argc, char **argv) {
  rounds = atoi(argv[1]) * 200;
  const char *text = argv[2];
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  long total = 0;
  for (int i = 0; i < rounds; i++) {
    size_t n = 1 + i % 26;
    char *m = malloc(n + 1);
    memcpy(m, text, n);
    m[n] = 0;
    pthread_mutex_lock(&mu);
    req = m;
    pthread_cond_broadcast(&cv);
    while (!rep) pthread_cond_wait(&cv, &mu);
    char *r = rep;
    rep = 0;
    pthread_mutex_unlock(&mu);
    total += (long)strlen(r);
    free(r);
  }
  pthread_join(t, 0);
  printf("%ld\n", total);
  return 0;
}
