// EXPECT: stack-use-after-return
// A detached thread's helper publishes the address of its local struct and
// returns; the thread signals completion with a condvar and waits for main,
// which reads the struct through the published pointer.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct info { int id; char tag[20]; long val; };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int state;
static struct info *volatile pub;
static int seed;
__attribute__((noinline)) static void publish(void) {
  struct info in;
  in.id = seed;
  in.val = seed * 7;
  for (int i = 0; i < 20; i++) in.tag[i] = (char)('a' + i);
  pub = &in;
}
static void *work(void *u) {
  publish();
  pthread_mutex_lock(&mu);
  state = 1;
  pthread_cond_broadcast(&cv);
  while (state != 2) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  return 0;
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_t t;
  pthread_create(&t, &at, work, 0);
  pthread_mutex_lock(&mu);
  while (state != 1) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  long v = pub->val; // BUG
  pthread_mutex_lock(&mu);
  state = 2;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  printf("%ld\n", v);
  return 0;
}
