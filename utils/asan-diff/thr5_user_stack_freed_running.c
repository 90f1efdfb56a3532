// EXPECT: heap-use-after-free
// A thread runs on a stack main malloc'd and gave it with
// pthread_attr_setstack. The thread keeps a 96 KiB scratch array on that
// stack (too big for a fake frame), blocks on a semaphore, and main frees
// the stack block while the thread is still blocked; the thread then reads
// its scratch array out of the freed block (at an argv-derived index: a
// constant in-bounds index into a local is not instrumented).
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define STACK (1 << 20)
#define SCRATCH (96 * 1024)
static sem_t parked, resume, finished;
static volatile long result;
static int seed;
__attribute__((noinline)) static void fill(char *p, int n) { memset(p, seed, n); }
static void *work(void *u) {
  char scratch[SCRATCH];
  fill(scratch, SCRATCH);
  sem_post(&parked);
  sem_wait(&resume);
  result = scratch[seed * 4000]; // BUG
  sem_post(&finished);
  sem_wait(&resume);
  return 0;
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  sem_init(&parked, 0, 0);
  sem_init(&resume, 0, 0);
  sem_init(&finished, 0, 0);
  void *stack = aligned_alloc(4096, STACK);
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstack(&at, stack, STACK);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_t t;
  pthread_create(&t, &at, work, 0);
  sem_wait(&parked);
  free(stack);
  sem_post(&resume);
  sem_wait(&finished);
  printf("%ld\n", result);
  return 0;
}
