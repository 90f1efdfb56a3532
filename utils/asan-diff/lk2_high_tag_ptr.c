// EXPECT: leak
// The pointer is kept with a tag in its top byte (0xA5 << 56); on x86-64 the tagged word points nowhere, so the block is leaked.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
uintptr_t g_tagged;
__attribute__((noinline)) static void stash(int n) {
  char *p = malloc(n * 6); // BUG
  memset(p, 2, n * 6);
  g_tagged = (uintptr_t)p | ((uintptr_t)0xA5 << 56);
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  stash(atoi(argv[1]));
  scrub();
  printf("%lx\n", (unsigned long)(g_tagged >> 56));
  return 0;
}
