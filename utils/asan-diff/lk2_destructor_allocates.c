// EXPECT: leak
// A __attribute__((destructor)) function allocates a block and drops it while the program shuts down.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int g_n;
__attribute__((noinline)) static void drop(int n) {
  char *p = malloc(n * 27); // BUG
  memset(p, 0, n * 27);
  __asm__ volatile("" : : "r"(p) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
__attribute__((destructor)) static void fini(void) { drop(g_n); scrub(); }
int main(int argc, char **argv) {
  g_n = atoi(argv[1]);
  printf("main done\n");
  return 0;
}
