// EXPECT: stack-buffer-overflow
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  pthread_setname_np(pthread_self(), "worker-thread-1");
  char name[8];
  int r = pthread_getname_np(pthread_self(), name, atoi(argv[1]) + 6); // BUG
  printf("%d %.8s\n", r, name);
  return 0;
}
