// EXPECT: leak
// An mmap'ed page holding the only pointer is registered as a root region and later unregistered: after that the block is lost.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
void **g_page;
__attribute__((noinline)) static void stash(int n) {
  g_page[5] = malloc(n * 34); // BUG
  memset(g_page[5], 0, n * 34);
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  g_page = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  __lsan_register_root_region(g_page, 4096);
  stash(atoi(argv[1]));
  scrub();
  __lsan_unregister_root_region(g_page, 4096);
  printf("unregistered\n");
  return 0;
}
