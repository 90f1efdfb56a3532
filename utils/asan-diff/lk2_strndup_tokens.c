// EXPECT: leak
// Tokens are copied with strndup into a local array; only the first is freed, the array of pointers is a dead stack frame at exit.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static size_t split(const char *s, int n) {
  char *tok[8];
  int k = n < 8 ? n : 8;
  for (int i = 0; i < k; i++) tok[i] = strndup(s + i * 3, 3); // BUG
  size_t t = 0;
  for (int i = 0; i < k; i++) t += strlen(tok[i]);
  free(tok[0]);
  return t;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  size_t t = split(argv[2], atoi(argv[1]));
  scrub();
  printf("%zu\n", t);
  return 0;
}
