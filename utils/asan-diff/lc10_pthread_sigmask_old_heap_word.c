// EXPECT: heap-buffer-overflow
// Blocks SIGUSR1 around a critical section and saves the previous mask in
// a heap slot of sizeof(unsigned long) -- the kernel's 64 signals -- but
// glibc's sigset_t is 128 bytes and pthread_sigmask stores all of it.
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  sigset_t *old = malloc(sizeof(unsigned long));
  int r = pthread_sigmask(SIG_BLOCK, &block, old); // BUG
  int counter = atoi(argv[1]);
  counter++;
  pthread_sigmask(SIG_SETMASK, old, NULL);
  printf("%d %d\n", r, counter);
  free(old);
  return 0;
}
