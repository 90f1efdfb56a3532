// EXPECT: leak
// 20000 separately dropped 8-byte blocks from one allocation site, plus 1000 from a second.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void drop_many(int n) {
  for (int i = 0; i < n * 2000; i++) {
    long *p = malloc(sizeof *p); // BUG
    *p = i;
    __asm__ volatile("" : : "r"(p) : "memory");
  }
  for (int i = 0; i < n * 100; i++) {
    char *q = malloc(i % 7 + 1); // BUG
    q[0] = 0;
    __asm__ volatile("" : : "r"(q) : "memory");
  }
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  drop_many(atoi(argv[1]));
  scrub();
  printf("done\n");
  return 0;
}
