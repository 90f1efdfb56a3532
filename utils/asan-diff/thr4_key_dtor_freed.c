// EXPECT: heap-use-after-free
// A thread stores a context pointing at main's buffer under a pthread_key;
// main frees the buffer while the thread waits; the key's destructor, run at
// thread exit, reads the freed buffer.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct ctx { char *name; int len; };
static pthread_key_t key;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int state;
static char *buf;
static volatile long sink;
static void dtor(void *p) {
  struct ctx *c = p;
  sink = c->name[c->len - 1]; // BUG
  free(c);
}
static void *work(void *u) {
  struct ctx *c = malloc(sizeof *c);
  c->name = buf;
  c->len = (int)strlen(buf);
  pthread_setspecific(key, c);
  pthread_mutex_lock(&mu);
  state = 1;
  pthread_cond_broadcast(&cv);
  while (state != 2) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  return 0;
}
int main(int argc, char **argv) {
  pthread_key_create(&key, dtor);
  buf = strdup(argv[2]);
  pthread_t t;
  pthread_create(&t, 0, work, 0);
  pthread_mutex_lock(&mu);
  while (state != 1) pthread_cond_wait(&cv, &mu);
  free(buf);
  state = 2;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  pthread_join(t, 0);
  printf("%ld\n", sink);
  return 0;
}
