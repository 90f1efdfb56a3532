// EXPECT: leak
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static __thread char *scratch;
static void *work(void *a) {
  scratch = malloc(96);
  memset(scratch, 's', 96);
  return (void *)(long)scratch[5];
}
int main(void) {
  pthread_t t;
  void *r;
  pthread_create(&t, 0, work, 0);
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
