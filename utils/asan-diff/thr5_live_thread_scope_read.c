// EXPECT: stack-use-after-scope
// A worker publishes the address of a local in an inner block, leaves the
// block, and parks (still alive, stack intact); another thread reads the
// local through the published pointer.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
static int *volatile pub;
static sem_t published, read_done;
static int seed;
__attribute__((noinline)) static void use(int *p) { p[0] += seed; }
static void *owner(void *u) {
  {
    int window[12];
    for (int i = 0; i < 12; i++) window[i] = seed + i;
    use(window);
    pub = window;
  }
  sem_post(&published);
  sem_wait(&read_done);
  return 0;
}
static void *peeker(void *u) {
  sem_wait(&published);
  long v = pub[seed % 12]; // BUG
  sem_post(&read_done);
  return (void *)v;
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  sem_init(&published, 0, 0);
  sem_init(&read_done, 0, 0);
  pthread_t a, b;
  void *r;
  pthread_create(&a, 0, owner, 0);
  pthread_create(&b, 0, peeker, 0);
  pthread_join(b, &r);
  pthread_join(a, 0);
  printf("%ld\n", (long)r);
  return 0;
}
