// EXPECT: leak
// glob("*.txt") in the working directory fills a glob_t whose path vector and strings are never globfree'd.
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static size_t find(void) {
  glob_t g;
  if (glob("*.txt", 0, 0, &g) != 0) return 0; // BUG
  return g.gl_pathc;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  size_t c = find() + atoi(argv[1]);
  scrub();
  printf("%zu\n", c);
  return 0;
}
