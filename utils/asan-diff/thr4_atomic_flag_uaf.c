// EXPECT: heap-use-after-free
// Thread A frees a buffer and then sets a C11 atomic flag (release); thread
// B spins on the flag (acquire) and then reads the freed buffer.
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
static atomic_int flag;
static char *buf;
static int idx;
static void *freer(void *u) {
  buf[0] = 'z';
  free(buf);
  atomic_store_explicit(&flag, 1, memory_order_release);
  return 0;
}
static void *reader(void *u) {
  while (!atomic_load_explicit(&flag, memory_order_acquire)) sched_yield();
  return (void *)(long)buf[idx]; // BUG
}
int main(int argc, char **argv) {
  idx = atoi(argv[1]);
  buf = malloc(32);
  for (int i = 0; i < 32; i++) buf[i] = (char)i;
  pthread_t a, b;
  void *r;
  pthread_create(&b, 0, reader, 0);
  pthread_create(&a, 0, freer, 0);
  pthread_join(a, 0);
  pthread_join(b, &r);
  printf("%ld\n", (long)r);
  return 0;
}
