// EXPECT: leak
// One block from each of posix_memalign, aligned_alloc, memalign, valloc and calloc, all dropped.
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void make(int n) {
  void *a = 0;
  posix_memalign(&a, 64, n * 10); // BUG
  void *b = aligned_alloc(32, n * 32); // BUG
  void *c = memalign(256, n * 3); // BUG
  void *d = valloc(n * 5); // BUG
  void *e = calloc(n, 7); // BUG
  __asm__ volatile("" : : "r"(a), "r"(b), "r"(c), "r"(d), "r"(e) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  make(atoi(argv[1]));
  scrub();
  printf("done\n");
  return 0;
}
