// EXPECT: global-buffer-overflow
// A 16-entry nibble CRC table in read-only data; the nibble is taken with
// a mask of 0x1f instead of 0x0f, so a byte with bit 4 set reads past the
// table.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static const uint16_t crc_nibble[16] = {
    0x0000, 0x1081, 0x2102, 0x3183, 0x4204, 0x5285, 0x6306, 0x7387,
    0x8408, 0x9489, 0xa50a, 0xb58b, 0xc60c, 0xd68d, 0xe70e, 0xf78f};

static uint16_t crc_update(uint16_t crc, unsigned char c) {
  crc = (uint16_t)((crc >> 4) ^ crc_nibble[(crc ^ c) & 0x1f]); // BUG
  crc = (uint16_t)((crc >> 4) ^ crc_nibble[(crc ^ (c >> 4)) & 0x0f]);
  return crc;
}

int main(int argc, char **argv) {
  /* a seed of 0x10 from the input: its low byte has bit 4 set */
  uint16_t crc = (uint16_t)(0x10 * (atoi(argv[1]) - 9) + (argc - 3));
  const char *s = argv[2];
  crc = crc_update(crc, 0);
  for (int i = 0; s[i]; i++)
    crc = crc_update(crc, (unsigned char)s[i]);
  printf("%04x\n", crc);
  return 0;
}
