// EXPECT: stack-buffer-overflow
// A lock-debugging helper stores the mutex kind in a short (the struct it
// fills uses 16-bit fields) and casts its address for
// pthread_mutexattr_gettype, which stores a full int.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int kind_of(pthread_mutexattr_t *a) {
  short kind;
  if (pthread_mutexattr_gettype(a, (int *)&kind) != 0) // BUG
    return -1;
  return kind;
}

int main(int argc, char **argv) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, atoi(argv[1]) > 5 ? PTHREAD_MUTEX_RECURSIVE
                                                  : PTHREAD_MUTEX_NORMAL);
  printf("%d\n", kind_of(&a));
  pthread_mutexattr_destroy(&a);
  return 0;
}
