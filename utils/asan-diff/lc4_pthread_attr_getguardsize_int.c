// EXPECT: stack-buffer-overflow
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setstacksize(&a, 65536 * atoi(argv[1]));
  int guard;
  int r = pthread_attr_getguardsize(&a, (size_t *)&guard); // BUG
  printf("%d %d\n", r, guard);
  pthread_attr_destroy(&a);
  return 0;
}
