// EXPECT: heap-use-after-free
// A producer hands a message to a consumer through a condition variable; the
// consumer frees it and signals back; the producer then reads the message.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static char *msg;
static int state;
static void *consumer(void *u) {
  pthread_mutex_lock(&mu);
  while (state != 1) pthread_cond_wait(&cv, &mu);
  printf("%s\n", msg);
  free(msg);
  state = 2;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  return 0;
}
int main(int argc, char **argv) {
  pthread_t t;
  pthread_create(&t, 0, consumer, 0);
  char *m = strdup(argv[2]);
  pthread_mutex_lock(&mu);
  msg = m;
  state = 1;
  pthread_cond_broadcast(&cv);
  while (state != 2) pthread_cond_wait(&cv, &mu);
  pthread_mutex_unlock(&mu);
  pthread_join(t, 0);
  printf("%c\n", m[3]); // BUG
  return 0;
}
