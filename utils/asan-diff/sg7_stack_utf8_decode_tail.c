// EXPECT: stack-buffer-overflow
// A UTF-8 decoder trusts the lead byte's length: a truncated multi-byte
// sequence at the end of a local (unterminated, length-counted) buffer
// makes it read continuation bytes past the buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long decode(const unsigned char *s, size_t len) {
  long sum = 0;
  size_t i = 0;
  while (i < len) {
    unsigned c = s[i];
    int extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
    for (int k = 1; k <= extra; k++) c = (c << 6) | (s[i + k] & 0x3f); // BUG
    sum += c;
    i += 1 + extra;
  }
  return sum;
}
int main(int argc, char **argv) {
  unsigned char buf[14];
  int n = atoi(argv[1]);
  memcpy(buf, argv[2], 12);
  buf[12] = (unsigned char)(0xe0 + n % 4); /* 3-byte lead ... */
  buf[13] = 0x80;                          /* ... with one continuation */
  printf("%ld %d\n", decode(buf, sizeof buf), argc);
  return 0;
}
