// EXPECT: global-buffer-overflow
// A copy loop takes a count larger than the string literal it copies from.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void take(char *d, const char *s, int n) {
  for (int i = 0; i < n; i++) d[i] = s[i]; // BUG
}
int main(int argc, char **argv) {
  char out[32];
  const char *lit = argc > 10 ? "much longer literal text" : "short";
  take(out, lit, atoi(argv[1]) - 3); /* 7: "short" has 6 bytes */
  printf("%.5s\n", out);
  return 0;
}
