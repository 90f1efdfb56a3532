// EXPECT: double-free
// A pthread_key destructor frees the value but then stores the same
// (now dangling) pointer back into the key "to mark it seen"; glibc runs
// the destructors again for non-NULL values, freeing the block twice.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_key_t key;
static volatile int calls;
static void dtor(void *p) {
  calls++;
  free(p); // BUG
  pthread_setspecific(key, p);
}
static void *work(void *u) {
  int *v = malloc(sizeof(int) * 8);
  v[0] = (int)(long)u;
  pthread_setspecific(key, v);
  return 0;
}
int main(int argc, char **argv) {
  pthread_key_create(&key, dtor);
  pthread_t t;
  pthread_create(&t, 0, work, (void *)(long)atoi(argv[1]));
  pthread_join(t, 0);
  printf("%d\n", calls);
  return 0;
}
