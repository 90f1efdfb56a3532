// EXPECT: global-buffer-overflow
// A firmware image kept in a global: a 40-byte header, then (in the
// original layout) the payload. The payload used to live in the same
// array; after the split into two globals the reader still computes
// payload bytes as `header + 40 + i`, 40 bytes past the header's start,
// which lands in the header's redzone rather than in the payload.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint8_t g_header[40];
static uint8_t g_payload[96];

__attribute__((noinline)) static unsigned payload_sum(const uint8_t *img,
                                                      int hdr, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i++) s += img[hdr + i]; // BUG
  return s;
}

int main(int argc, char **argv) {
  for (int i = 0; i < 40; i++) g_header[i] = (uint8_t)i;
  for (int i = 0; i < 96; i++) g_payload[i] = (uint8_t)(i * argc);
  int hdr = atoi(argv[1]) * 4; /* 40 */
  printf("%u\n", payload_sum(g_header, hdr, 16));
  return 0;
}
