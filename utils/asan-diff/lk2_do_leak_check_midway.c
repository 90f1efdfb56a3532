// EXPECT: leak
// __lsan_do_leak_check() finds the first leak mid-run; it disables the exit check, so LSan never reports the second leak made afterwards.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
  drop(n * 2);
  scrub();
  __lsan_do_leak_check();
  drop(n * 3);
  scrub();
  printf("done\n");
  return 0;
}
