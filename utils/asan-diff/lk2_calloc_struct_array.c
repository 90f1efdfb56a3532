// EXPECT: leak
// A calloc'd array of records, each owning a malloc'd name, is lost: the array is a direct leak, the names indirect.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct rec { int id; char *name; };
__attribute__((noinline)) static int build(int n) {
  struct rec *rs = calloc(n, sizeof *rs); // BUG
  for (int i = 0; i < n; i++) {
    rs[i].id = i;
    rs[i].name = malloc(8 + i);
    snprintf(rs[i].name, 8 + i, "r%d", i);
  }
  return rs[n - 1].id;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int r = build(atoi(argv[1]));
  scrub();
  printf("%d\n", r);
  return 0;
}
