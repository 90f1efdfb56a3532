// EXPECT: none
// A network message codec: messages are structs with a flexible array
// member placed in a suitably aligned local byte buffer (sized exactly
// offsetof(struct Msg, data) + payload length), built by one function,
// serialized into a second local buffer with memcpy of the exact
// sizeof-header + length, and decoded through a union of header views.
// Struct padding bytes are copied along (memcpy of whole structs) and
// hashed after being zeroed explicitly.
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Msg {
  uint16_t type;
  uint32_t seq;   // padding before this
  uint8_t flags;  // padding after this
  uint16_t len;
  unsigned char data[];
};

union Header {
  struct Msg m;
  unsigned char raw[sizeof(struct Msg)];
  uint16_t words[sizeof(struct Msg) / 2];
};

static uint32_t crc(const unsigned char *p, size_t n) {
  uint32_t c = 0xffffffffu;
  for (size_t i = 0; i < n; i++) {
    c ^= p[i];
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & -(c & 1));
  }
  return ~c;
}

__attribute__((noinline)) static size_t encode(unsigned char *wire, size_t cap, int seq,
                                               const char *text, size_t tlen) {
  size_t total = offsetof(struct Msg, data) + tlen;
  _Alignas(struct Msg) unsigned char buf[offsetof(struct Msg, data) + 64];
  if (total > sizeof buf || total > cap) return 0;
  struct Msg *m = (struct Msg *)buf;
  memset(m, 0, offsetof(struct Msg, data));  // zero the padding too
  m->type = 7;
  m->seq = (uint32_t)seq;
  m->flags = (uint8_t)(seq & 3);
  m->len = (uint16_t)tlen;
  memcpy(m->data, text, tlen);
  memcpy(wire, buf, total);
  return total;
}

__attribute__((noinline)) static uint32_t decode(const unsigned char *wire, size_t n) {
  union Header h;
  if (n < sizeof h.raw) return 0;
  memcpy(h.raw, wire, sizeof h.raw);
  size_t body = n - offsetof(struct Msg, data);
  if (h.m.len != body) return 0;
  uint32_t c = crc(h.raw, sizeof h.raw) ^ h.words[0];
  return c + crc(wire + offsetof(struct Msg, data), body);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABC";
  size_t alen = strlen(alpha);
  uint32_t acc = 0;
  for (int i = 0; i < n * 20; i++) {
    unsigned char wire[offsetof(struct Msg, data) + 64];
    size_t tlen = (size_t)i % 65;
    char text[64];
    for (size_t k = 0; k < tlen && k < sizeof text; k++) text[k] = alpha[k % alen];
    if (tlen > sizeof text) tlen = sizeof text;
    size_t w = encode(wire, sizeof wire, i, text, tlen);
    acc ^= decode(wire, w) + (uint32_t)w;
  }
  printf("%08x %zu\n", acc, sizeof(struct Msg));
  return 0;
}
