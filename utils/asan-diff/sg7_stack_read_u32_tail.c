// EXPECT: stack-buffer-overflow
// A TLV parser reads each 4-byte length field with memcpy from a local
// 22-byte packet; it checks `off + 2 <= len` (the size of the type field)
// before reading type (2 bytes) AND length (4 bytes), so the last record
// header is read partly past the packet.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long parse(const unsigned char *pkt, size_t len) {
  long total = 0;
  size_t off = 0;
  while (off + 2 <= len) {
    uint16_t type;
    uint32_t vlen;
    memcpy(&type, pkt + off, 2);
    memcpy(&vlen, pkt + off + 2, 4); // BUG
    total += type + (vlen & 0xff);
    off += 6 + (vlen & 3);
  }
  return total;
}
int main(int argc, char **argv) {
  unsigned char pkt[22];
  int n = atoi(argv[1]);
  for (int i = 0; i < 22; i++) pkt[i] = (unsigned char)(i * n);
  for (int i = 2; i < 22; i += 6) pkt[i] = 0; /* vlen & 3 == 0: 6-byte records */
  printf("%ld %d\n", parse(pkt, sizeof pkt), argc);
  return 0;
}
