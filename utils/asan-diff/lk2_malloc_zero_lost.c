// EXPECT: leak
// Zero-byte mallocs (one per call) are dropped: each is still a distinct block that must be freed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void drop(int n) {
  for (int i = 0; i < 3; i++) {
    void *p = malloc(n - 10); // BUG
    __asm__ volatile("" : : "r"(p) : "memory");
  }
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  drop(atoi(argv[1]));
  scrub();
  printf("done\n");
  return 0;
}
