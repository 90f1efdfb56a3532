// EXPECT: stack-buffer-overflow
// An always_inline checksum helper keeps a small local lookup window; it
// is inlined into its caller even at -O0, so the window becomes part of the
// caller's frame, and the helper's off-by-one indexes one past it.
#include <stdio.h>
#include <stdlib.h>
static inline __attribute__((always_inline)) unsigned fold(const unsigned char *p, int n, int span) {
  unsigned window[4] = {0, 0, 0, 0};
  for (int i = 0; i < n; i++) {
    int slot = (i * span) / 8;
    window[slot] += p[i]; // BUG
  }
  return window[0] ^ window[1] ^ window[2] ^ window[3];
}
__attribute__((noinline)) static unsigned checksum(const char *s, int span) {
  unsigned char bytes[16];
  for (int i = 0; i < 16; i++) bytes[i] = (unsigned char)s[i];
  return fold(bytes, 16, span);
}
int main(int argc, char **argv) {
  int span = atoi(argv[1]) / 5 + argc - 2;  /* 3: (11 * 3) / 8 == 4 is out of range */
  printf("%u\n", checksum(argv[2], span));
  return 0;
}
