// EXPECT: stack-use-after-return
// A thread running on a 256 KiB stack the program malloc'd returns the
// address of its local array; main joins it, frees the stack block, and
// reads through the pointer (the array lived in the thread's frame).
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define STACK (256 * 1024)
static int seed;
__attribute__((noinline)) static void fill(int *a, int n) {
  for (int i = 0; i < n; i++) a[i] = seed * i;
}
static void *work(void *u) {
  int vals[32];
  fill(vals, 32);
  int *volatile p = vals;
  return p;
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  void *stack = aligned_alloc(4096, STACK);
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstack(&at, stack, STACK);
  pthread_t t;
  void *r;
  pthread_create(&t, &at, work, 0);
  pthread_join(t, &r);
  pthread_attr_destroy(&at);
  free(stack);
  int *vals = r;
  printf("%d\n", vals[seed]); // BUG
  return 0;
}
