// EXPECT: stack-use-after-return
// A worker registers a spinlock that lives in its own frame, returning the
// lock's address as a "handle"; the caller later acquires it with
// __sync_lock_test_and_set, writing to the dead frame.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static volatile int *open_session(int id) {
  volatile int lock = 0;
  volatile int *handle = &lock;
  if (id < 0) return 0;
  return handle;
}

__attribute__((noinline)) static int acquire(volatile int *l) {
  return __sync_lock_test_and_set(l, 1); // BUG
}

int main(int argc, char **argv) {
  volatile int *h = open_session(atoi(argv[1]));
  int was = acquire(h);
  printf("%d %d\n", was, argc);
  return 0;
}
