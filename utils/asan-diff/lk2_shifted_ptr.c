// EXPECT: leak
// The only copy of the pointer is kept shifted left by 4 in a global; no scanned word points into the block.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
uintptr_t g_shifted;
__attribute__((noinline)) static void stash(int n) {
  char *p = malloc(n * 5); // BUG
  memset(p, 1, n * 5);
  g_shifted = (uintptr_t)p << 4;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  stash(atoi(argv[1]));
  scrub();
  printf("%lx\n", (unsigned long)(g_shifted & 0xf));
  return 0;
}
