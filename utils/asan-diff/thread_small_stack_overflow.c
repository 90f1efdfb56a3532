// EXPECT: stack-buffer-overflow
// A thread created with a 64 KiB stack (pthread_attr_setstacksize) reads
// one past a local array in a nested call.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int inner(int k) {
  int vals[16];
  for (int i = 0; i < 16; i++) vals[i] = i * k;
  return vals[k + 6]; // BUG
}
static void *work(void *arg) {
  char pad[1024];
  memset(pad, 1, sizeof pad);
  return (void *)(long)(inner(*(int *)arg) + pad[1023]);
}
int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, 64 * 1024);
  pthread_t t;
  void *r;
  pthread_create(&t, &at, work, &k);
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  return 0;
}
