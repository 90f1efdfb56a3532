// EXPECT: none
// __lsan_disable() twice and __lsan_enable() once: the thread is still disabled, so the dropped block allocated next is ignored.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void make(int n) {
  __lsan_disable();
  __lsan_disable();
  __lsan_enable();
  char *p = malloc(n * 36);
  memset(p, 0, n * 36);
  __asm__ volatile("" : : "r"(p) : "memory");
  __lsan_enable();
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
