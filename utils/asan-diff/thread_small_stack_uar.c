// EXPECT: stack-use-after-return
// In a thread with a 64 KiB stack, a helper returns the address of its
// local array, which the thread then reads.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static long *make(long v) {
  long local[6];
  for (int i = 0; i < 6; i++) local[i] = v * i;
  long *volatile p = local;
  return p;
}
static void *work(void *arg) {
  long *p = make((long)arg);
  return (void *)p[2]; // BUG
}
int main(int argc, char **argv) {
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, 64 * 1024);
  pthread_t t;
  void *r;
  pthread_create(&t, &at, work, (void *)(long)atoi(argv[1]));
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
