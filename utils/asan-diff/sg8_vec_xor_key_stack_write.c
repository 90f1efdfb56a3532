// EXPECT: stack-buffer-overflow
// A record is de-obfuscated in place with a 4-byte repeating XOR key. The
// length passed in counts the terminating NUL the sender "forgot" to
// include, and the loop runs `i <= len`: the vectorized loop (16 bytes at
// a time at -O2) plus its scalar tail writes one byte past the 48-byte
// local buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const unsigned char kKey[4] = {0x5a, 0xa5, 0x3c, 0xc3};

__attribute__((noinline)) static void unmask(unsigned char *buf, size_t len) {
  for (size_t i = 0; i <= len; i++)
    buf[i] ^= kKey[i & 3]; // BUG
}

int main(int argc, char **argv) {
  unsigned char rec[48];
  size_t len = strlen(argv[2]) + 22; /* 26 + 22 = 48 */
  for (size_t i = 0; i < sizeof rec; i++)
    rec[i] = (unsigned char)(i * 7 + argc);
  unmask(rec, len);
  unsigned sum = 0;
  for (size_t i = 0; i < sizeof rec; i++) sum += rec[i];
  printf("checksum %u\n", sum);
  return 0;
}
