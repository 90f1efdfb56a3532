// EXPECT: leak
// sscanf's %ms conversions allocate the matched strings; the pointers are dropped.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static size_t parse(const char *s) {
  char *a = 0, *b = 0;
  int k = sscanf(s, "%ms %ms", &a, &b); // BUG
  size_t t = (k > 0 ? strlen(a) : 0) + (k > 1 ? strlen(b) : 0);
  __asm__ volatile("" : : "r"(a), "r"(b) : "memory");
  return t;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  char line[80];
  snprintf(line, sizeof line, "%s %s", argv[2], argv[1]);
  size_t t = parse(line);
  scrub();
  printf("%zu\n", t);
  return 0;
}
