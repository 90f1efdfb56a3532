// EXPECT: leak
// Keys are inserted into a tsearch tree (nodes allocated by libc) whose root pointer is a local that is dropped without tdestroy.
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
__attribute__((noinline)) static int build(int n) {
  void *root = 0;
  for (int i = 0; i < n; i++) {
    int *k = malloc(sizeof *k); // BUG
    *k = (i * 7) % n;
    tsearch(k, &root, cmp);
  }
  int probe = n / 2;
  return tfind(&probe, &root, cmp) != 0;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int f = build(atoi(argv[1]));
  scrub();
  printf("%d\n", f);
  return 0;
}
