// EXPECT: leak
// Wide strings copied with wcsdup are dropped.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
__attribute__((noinline)) static size_t make(int n) {
  wchar_t src[32];
  for (int i = 0; i < n; i++) src[i] = L'a' + i;
  src[n] = 0;
  size_t t = 0;
  for (int i = 0; i < 3; i++) {
    wchar_t *w = wcsdup(src + i); // BUG
    t += wcslen(w);
    __asm__ volatile("" : : "r"(w) : "memory");
  }
  return t;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  size_t t = make(atoi(argv[1]));
  scrub();
  printf("%zu\n", t);
  return 0;
}
