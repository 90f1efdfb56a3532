// EXPECT: leak
// main calls __lsan_disable() (per thread) and then a worker thread allocates and drops a block: the worker's allocation is not disabled.
#include <pthread.h>
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int g_n;
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
static void *worker(void *a) {
  (void)a;
  char *p = malloc(g_n * 37); // BUG
  memset(p, 0, g_n * 37);
  __asm__ volatile("" : : "r"(p) : "memory");
  p = 0;
  scrub();
  return 0;
}
int main(int argc, char **argv) {
  g_n = atoi(argv[1]);
  __lsan_disable();
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  pthread_join(t, 0);
  __lsan_enable();
  printf("done\n");
  return 0;
}
