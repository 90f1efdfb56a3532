// EXPECT: leak
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static void *work(void *a) {
  char *p = malloc(10 + (long)a);
  p[0] = 1;
  __asm__ volatile("" : : "r"(p) : "memory");
  return 0;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  return 0;
}
