// EXPECT: stack-buffer-overflow
// A 5000-byte buffer (more than a page, not a multiple of 8) filled by a
// loop whose bound counts the terminating byte twice.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static unsigned sum(const char *b, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i++) s += (unsigned char)b[i];
  return s;
}
int main(int argc, char **argv) {
  char buf[5000];
  int n = 4990 + atoi(argv[1]) + 1; /* 5001 */
  for (int i = 0; i < n; i++) buf[i] = (char)(i + argc); // BUG
  printf("%u\n", sum(buf, 5000));
  return 0;
}
