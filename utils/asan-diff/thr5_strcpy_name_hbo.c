// EXPECT: heap-buffer-overflow
// A naming thread allocates a label of strlen bytes (forgetting the NUL)
// and hands it to a printer thread through a condvar; the printer copies
// the argument string into it with strcpy.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static char *label;
static const char *src;
static void *namer(void *u) {
  char *l = malloc(strlen(src));
  pthread_mutex_lock(&mu);
  label = l;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&mu);
  return 0;
}
static void *printer(void *u) {
  pthread_mutex_lock(&mu);
  while (!label) pthread_cond_wait(&cv, &mu);
  char *l = label;
  pthread_mutex_unlock(&mu);
  strcpy(l, src); // BUG
  return (void *)(long)l[0];
}
int main(int argc, char **argv) {
  src = argv[2];
  pthread_t a, b;
  void *r;
  pthread_create(&b, 0, printer, 0);
  pthread_create(&a, 0, namer, 0);
  pthread_join(a, 0);
  pthread_join(b, &r);
  printf("%ld\n", (long)r);
  free(label);
  return 0;
}
