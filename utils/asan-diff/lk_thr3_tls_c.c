// EXPECT: leak
// 5 threads each store a 64-byte block in a __thread pointer and exit
// without freeing it; main's own __thread block stays reachable.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static __thread char *scratch;
static void *work(void *p) {
  scratch = malloc(64); // BUG
  memset(scratch, 'a', 64);
  return (void *)(long)scratch[(long)p];
}
int main(int argc, char **argv) {
  scratch = malloc(32);
  long s = 0;
  for (long i = 0; i < 5; i++) {
    pthread_t t;
    void *r;
    pthread_create(&t, 0, work, (void *)i);
    pthread_join(t, &r);
    s += (long)r;
  }
  printf("%ld %p\n", s, (void *)scratch);
  return 0;
}
