// EXPECT: leak
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static void *work(void *a) {
  long *r = malloc(sizeof(long) * 6);
  r[0] = (long)a;
  return r;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, work, (void *)5);
  void *res;
  pthread_join(t, &res);
  printf("%ld\n", *(long *)res);
  res = 0;
  return 0;
}
