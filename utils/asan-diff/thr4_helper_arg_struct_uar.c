// EXPECT: stack-use-after-return
// start_worker() passes the address of its local argument struct to
// pthread_create and returns; the worker waits at a barrier until then and
// reads the struct afterwards.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct warg { int id; int count; double scale; };
static pthread_barrier_t bar;
static void *work(void *p) {
  pthread_barrier_wait(&bar);
  struct warg *a = p;
  long r = (long)(a->count * a->scale); // BUG
  return (void *)r;
}
__attribute__((noinline)) static pthread_t start_worker(int n) {
  struct warg a = {1, n, 2.5};
  pthread_t t;
  pthread_create(&t, 0, work, &a);
  return t;
}
int main(int argc, char **argv) {
  pthread_barrier_init(&bar, 0, 2);
  pthread_t t = start_worker(atoi(argv[1]));
  pthread_barrier_wait(&bar);
  void *r;
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
