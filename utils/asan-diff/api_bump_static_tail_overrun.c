// EXPECT: use-after-poison
// A bump allocator over a static buffer (no malloc in an embedded-style
// message builder) keeps everything past the bump pointer poisoned. A message
// encoder asks for exactly the payload size but then appends a 2-byte CRC
// after the payload without having reserved room for it: the CRC's store goes
// into the never-handed-out tail of the buffer, which is poisoned.
#include <sanitizer/asan_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Alignas(16) unsigned char pool[1024];
static size_t top;

static void pool_init(void) {
  top = 0;
  ASAN_POISON_MEMORY_REGION(pool, sizeof pool);
}

static void *pool_get(size_t n) {
  if (top + n > sizeof pool) return NULL;
  void *p = pool + top;
  ASAN_UNPOISON_MEMORY_REGION(p, n);
  top += (n + 7) & ~(size_t)7;
  return p;
}

static uint16_t crc16(const unsigned char *p, size_t n) {
  uint16_t c = 0xffff;
  for (size_t i = 0; i < n; i++) {
    c ^= p[i];
    for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0xa001 : c >> 1;
  }
  return c;
}

static unsigned char *encode(const char *text, size_t *len) {
  size_t n = strlen(text);
  unsigned char *msg = pool_get(n + 2); /* 2-byte length header only */
  msg[0] = (unsigned char)(n >> 8);
  msg[1] = (unsigned char)n;
  memcpy(msg + 2, text, n);
  uint16_t c = crc16(msg, n + 2);
  msg[n + 2] = (unsigned char)c; // BUG
  msg[n + 3] = (unsigned char)(c >> 8);
  *len = n + 4;
  return msg;
}

int main(int argc, char **argv) {
  pool_init();
  size_t len;
  unsigned char *m = encode(argv[2], &len); /* 26 chars: 28 bytes taken, ends mid-granule */
  printf("encoded %zu bytes, first %02x%02x\n", len, m[0], m[1]);
  return 0;
}
