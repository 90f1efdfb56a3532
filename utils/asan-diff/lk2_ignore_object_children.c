// EXPECT: none
// A dropped block marked with __lsan_ignore_object is not reported, and the blocks it points to are reachable through it.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct holder { char *a, *b; };
__attribute__((noinline)) static void make(int n) {
  struct holder *h = malloc(sizeof *h);
  h->a = malloc(n * 2);
  h->b = malloc(n * 3);
  memset(h->a, 0, n * 2);
  __lsan_ignore_object(h);
  __asm__ volatile("" : : "r"(h) : "memory");
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
