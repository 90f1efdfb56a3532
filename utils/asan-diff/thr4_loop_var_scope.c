// EXPECT: stack-use-after-scope
// Each iteration passes the address of a loop-body variable to a new
// thread; the threads wait at a barrier until the loop has ended, then read
// it; they are joined in order.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static pthread_barrier_t bar;
static void *work(void *p) {
  pthread_barrier_wait(&bar);
  long v = *(int *)p; // BUG
  return (void *)v;
}
int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  pthread_barrier_init(&bar, 0, 5);
  pthread_t t[4];
  for (int i = 0; i < 4; i++) {
    int slot = i * k;
    pthread_create(&t[i], 0, work, &slot);
  }
  pthread_barrier_wait(&bar);
  long s = 0;
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
