// EXPECT: leak
// A regex_t in a heap block is compiled with regcomp; the block is freed without regfree, so the compiled pattern's buffers leak.
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int match(const char *s, int n) {
  regex_t *re = malloc(sizeof *re);
  char pat[32];
  snprintf(pat, sizeof pat, "^[A-Z]{%d}", n);
  if (regcomp(re, pat, REG_EXTENDED | REG_NOSUB) != 0) { free(re); return -1; } // BUG
  int r = regexec(re, s, 0, 0, 0);
  free(re);
  return r;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int r = match(argv[2], atoi(argv[1]));
  scrub();
  printf("%d\n", r);
  return 0;
}
