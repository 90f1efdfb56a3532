// EXPECT: global-buffer-overflow
// A 5-byte global device id (vendor byte + 4-byte serial). The serial is
// read with a 4-byte memcpy from offset 2 instead of offset 1 (the vendor
// byte was once two bytes): bytes 2..5 of a 5-byte object, one past it.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint8_t g_dev_id[5];

__attribute__((noinline)) static uint32_t serial_of(const uint8_t *id, int off) {
  uint32_t s;
  memcpy(&s, id + off, sizeof s); // BUG
  return s;
}

int main(int argc, char **argv) {
  for (int i = 0; i < 5; i++) g_dev_id[i] = (uint8_t)(0x40 + i + argc);
  int off = atoi(argv[1]) / 5; /* 2 */
  printf("vendor %02x serial %08x\n", g_dev_id[0], serial_of(g_dev_id, off));
  return 0;
}
