// EXPECT: double-free
// A thread frees its own per-thread buffer before exiting but leaves it set
// under a pthread_key whose destructor frees it again.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static pthread_key_t key;
static volatile int dtor_calls;
static void dtor(void *p) {
  free(p); // BUG
  dtor_calls++;
}
static void *work(void *arg) {
  char *b = malloc(40);
  strncpy(b, arg, 39);
  b[39] = 0;
  pthread_setspecific(key, b);
  long r = strlen(b);
  free(b);
  return (void *)r;
}
int main(int argc, char **argv) {
  pthread_key_create(&key, dtor);
  pthread_t t;
  void *r;
  pthread_create(&t, 0, work, argv[2]);
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
