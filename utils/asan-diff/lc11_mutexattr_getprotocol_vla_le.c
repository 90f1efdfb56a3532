// EXPECT: dynamic-stack-buffer-overflow
// Collects the priority protocol of each mutex attribute of a small pool
// into a VLA sized by the pool count; the collection loop runs one past
// the end (<=) and the last protocol is stored past the VLA.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define POOL 4
static pthread_mutexattr_t attrs[POOL + 1];

__attribute__((noinline)) static int count_inherit(int n) {
  int protocols[n];
  for (int i = 0; i <= n; i++)
    pthread_mutexattr_getprotocol(&attrs[i], &protocols[i]); // BUG
  int c = 0;
  for (int i = 0; i < n; i++)
    c += protocols[i] == PTHREAD_PRIO_INHERIT;
  return c;
}

int main(int argc, char **argv) {
  for (int i = 0; i <= POOL; i++) {
    pthread_mutexattr_init(&attrs[i]);
    if (i % 2)
      pthread_mutexattr_setprotocol(&attrs[i], PTHREAD_PRIO_INHERIT);
  }
  int n = atoi(argv[1]) > POOL ? POOL : atoi(argv[1]);
  printf("%d\n", count_inherit(n));
  return 0;
}
