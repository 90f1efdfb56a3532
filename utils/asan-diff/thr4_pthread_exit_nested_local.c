// EXPECT: stack-use-after-return
// A thread leaves through pthread_exit from 4 frames deep, passing the
// address of the deepest frame's local array as its exit value; the joiner
// reads through it.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int seed;
__attribute__((noinline)) static void leave(int d) {
  long arr[10];
  for (int i = 0; i < 10; i++) arr[i] = seed + d + i;
  if (d == 0) pthread_exit(arr);
  leave(d - 1);
  arr[0]++;
}
static void *work(void *u) { leave(4); return 0; }
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  pthread_t t;
  void *r;
  pthread_create(&t, 0, work, 0);
  pthread_join(t, &r);
  long *p = r;
  printf("%ld\n", p[seed % 10]); // BUG
  return 0;
}
