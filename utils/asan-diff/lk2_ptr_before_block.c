// EXPECT: leak
// The only pointer kept is one byte before the block (a 1-based array base); it points outside the block, so LSan counts a leak.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *g_base1;
__attribute__((noinline)) static void make(int n) {
  char *p = malloc(n * 6); // BUG
  memset(p, 'b', n * 6);
  g_base1 = p - 1;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  make(atoi(argv[1]));
  scrub();
  printf("%c\n", g_base1[1]);
  return 0;
}
