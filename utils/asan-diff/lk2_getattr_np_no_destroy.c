// EXPECT: leak
// pthread_getattr_np fills an attribute object (glibc allocates its cpuset) that is never pthread_attr_destroy'ed.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void *worker(void *a) {
  pthread_attr_t attr;
  size_t sz = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) // BUG
    pthread_attr_getstacksize(&attr, &sz);
  return (void *)(sz > 0);
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  pthread_t t;
  void *r;
  pthread_create(&t, 0, worker, 0);
  pthread_join(t, &r);
  scrub();
  printf("%d %d\n", r != 0, atoi(argv[1]));
  return 0;
}
