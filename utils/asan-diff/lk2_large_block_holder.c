// EXPECT: leak
// A 1 MiB block (from the large-allocation path) reachable from a global keeps a pointer deep inside it; a second 512 KiB block is dropped.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char **g_big;
__attribute__((noinline)) static void make(int n) {
  g_big = malloc((1 << 20));
  memset(g_big, 0, 1 << 20);
  g_big[(1 << 17) - 3] = malloc(n * 5);
  char *lost = malloc((1 << 19) + n); // BUG
  memset(lost, 1, (1 << 19) + n);
  __asm__ volatile("" : : "r"(lost) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  make(atoi(argv[1]));
  scrub();
  printf("%d\n", g_big[(1 << 17) - 3] != 0);
  return 0;
}
