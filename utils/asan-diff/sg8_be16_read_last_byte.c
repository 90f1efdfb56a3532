// EXPECT: stack-buffer-overflow
// A checksum over big-endian 16-bit words reads each word with memcpy (an
// unaligned 2-byte load at -O2) and steps by 2 over a buffer of odd
// length; it should pad the last byte, but reads a whole word at offset 8
// of the 9-byte local header.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static uint16_t csum16(const uint8_t *p, size_t n) {
  uint32_t s = 0;
  for (size_t i = 0; i < n; i += 2) {
    uint16_t w;
    memcpy(&w, p + i, 2); // BUG
    s += (uint16_t)((w >> 8) | (w << 8));
  }
  while (s >> 16) s = (s & 0xffff) + (s >> 16);
  return (uint16_t)~s;
}

int main(int argc, char **argv) {
  uint8_t hdr[9];
  size_t n = (size_t)atoi(argv[1]) - 1; /* 9 */
  for (int i = 0; i < 9; i++) hdr[i] = (uint8_t)(argv[2][i] + argc);
  printf("%04x\n", csum16(hdr, n));
  return 0;
}
