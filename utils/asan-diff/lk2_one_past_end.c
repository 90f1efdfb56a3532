// EXPECT: leak
// The only pointer left points one past the end of the block (an end iterator); it does not point into the block, so LSan counts a leak.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *g_end;
__attribute__((noinline)) static void make(int n) {
  char *p = malloc(n * 4); // BUG
  memset(p, 'e', n * 4);
  g_end = p + n * 4;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  make(atoi(argv[1]));
  scrub();
  printf("%c\n", g_end[-1]);
  return 0;
}
