// EXPECT: none
// The program suppresses its one known leak through __lsan_default_suppressions ("leak:make_cache").
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
const char *__lsan_default_suppressions(void) { return "leak:make_cache\n"; }
__attribute__((noinline)) void make_cache(int n) {
  char *p = malloc(n * 19);
  memset(p, 0, n * 19);
  __asm__ volatile("" : : "r"(p) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  make_cache(atoi(argv[1]));
  scrub();
  printf("done\n");
  return 0;
}
