// EXPECT: none
// __lsan_ignore_object is given a pointer into the middle of the block (not its start); LSan accepts any address inside it and ignores the block.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void make(int n) {
  char *p = malloc(n * 35);
  memset(p, 0, n * 35);
  __lsan_ignore_object(p + n);
  __asm__ volatile("" : : "r"(p) : "memory");
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
