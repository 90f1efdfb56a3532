// EXPECT: leak
// pvalloc rounds the request up to a whole page; the block is dropped.
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void make(int n) {
  char *p = pvalloc(n * 11); // BUG
  p[0] = 1;
  __asm__ volatile("" : : "r"(p) : "memory");
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
