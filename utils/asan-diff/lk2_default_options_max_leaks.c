// EXPECT: leak
// __lsan_default_options sets max_leaks=1: only the largest leak is printed, but the summary still counts all three.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
const char *__lsan_default_options(void) { return "max_leaks=1"; }
__attribute__((noinline)) static void drop(int n) {
  char *p = malloc(n); // BUG
  memset(p, 0, n);
  __asm__ volatile("" : : "r"(p) : "memory");
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  drop(n * 39);
  drop(n * 40);
  char *q = calloc(n, 41); // BUG
  __asm__ volatile("" : : "r"(q) : "memory");
  q = 0;
  scrub();
  printf("done\n");
  return 0;
}
