// EXPECT: stack-buffer-overflow
// The thread's stack size is read into an int through a cast to size_t *; pthread_attr_getstacksize stores 8 bytes.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int stack_kib(void) {
  pthread_attr_t attr;
  pthread_getattr_np(pthread_self(), &attr);
  int size;
  pthread_attr_getstacksize(&attr, (size_t *)&size); // BUG
  pthread_attr_destroy(&attr);
  return size / 1024;
}
int main(int argc, char **argv) {
  printf("%d %d\n", stack_kib() > 0, atoi(argv[1]));
  return 0;
}
