// EXPECT: stack-buffer-overflow
// Reports the current thread's stack bounds; the size is kept in an
// unsigned int and its address cast to size_t *, so
// pthread_attr_getstack stores 8 bytes into the 4-byte variable.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int stack_kib(pthread_t t) {
  pthread_attr_t attr;
  if (pthread_getattr_np(t, &attr) != 0)
    return -1;
  void *base;
  unsigned size;
  int r = pthread_attr_getstack(&attr, &base, (size_t *)&size); // BUG
  pthread_attr_destroy(&attr);
  return r == 0 ? (int)(size / 1024) : -1;
}

int main(int argc, char **argv) {
  printf("%d\n", stack_kib(pthread_self()) > atoi(argv[1]));
  return 0;
}
