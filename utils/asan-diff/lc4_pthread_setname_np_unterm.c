// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *name = malloc(6);
  memcpy(name, argv[2], 6);
  int r = pthread_setname_np(pthread_self(), name); // BUG
  printf("%d\n", r);
  free(name);
  return 0;
}
