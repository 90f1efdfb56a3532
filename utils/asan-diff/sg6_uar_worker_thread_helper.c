// EXPECT: stack-use-after-return
// Inside a worker thread (not main), a helper returns a pointer into its own
// local array and the thread reads through it after the helper returned.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int nargs;
__attribute__((noinline)) static int *fill(int n) {
  int vals[8];
  for (int i = 0; i < 8; i++) vals[i] = i * n;
  return &vals[n % 8];
}
static void *worker(void *arg) {
  int *p = fill(*(int *)arg);
  long v = *p; // BUG
  return (void *)(v + nargs);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  nargs = argc;
  pthread_t t;
  void *res;
  pthread_create(&t, 0, worker, &n);
  pthread_join(t, &res);
  printf("%ld\n", (long)res);
  return 0;
}
