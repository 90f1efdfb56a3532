// EXPECT: stack-use-after-return
// A thread's start routine returns the address of its own local array as
// its exit value; the joiner reads through it after pthread_join.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int seed;
__attribute__((noinline)) static void fill(long *a, int n) { for (int i = 0; i < n; i++) a[i] = seed + i; }
static void *work(void *u) {
  long local[16];
  fill(local, 16);
  long *volatile p = local;
  return p;
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  pthread_t t;
  void *r;
  pthread_create(&t, 0, work, 0);
  pthread_join(t, &r);
  long *vals = r;
  printf("%ld\n", vals[seed % 16]); // BUG
  return 0;
}
