// EXPECT: memcpy-param-overlap
// a protocol receive buffer compacts the unconsumed tail to the front with memcpy; once a short frame is consumed with more than its length still buffered, source and destination overlap
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rxbuf {
  uint8_t *data;
  size_t len, cap;
  unsigned frames, bad;
};

static void rx_init(struct rxbuf *b, size_t cap) {
  b->data = malloc(cap);
  b->len = 0;
  b->cap = cap;
  b->frames = b->bad = 0;
}

static size_t rx_feed(struct rxbuf *b, const uint8_t *p, size_t n) {
  size_t room = b->cap - b->len;
  if (n > room) n = room;
  memcpy(b->data + b->len, p, n);
  b->len += n;
  return n;
}

static void rx_consume(struct rxbuf *b, size_t n) {
  if (n >= b->len) {
    b->len = 0;
    return;
  }
  memcpy(b->data, b->data + n, b->len - n); // BUG
  b->len -= n;
}

/* Frame: 0x7e, length byte, payload, xor checksum. */
static int rx_parse(struct rxbuf *b, uint8_t *out, size_t outcap, size_t *outlen) {
  while (b->len && b->data[0] != 0x7e) {
    rx_consume(b, 1);
    b->bad++;
  }
  if (b->len < 3) return 0;
  size_t plen = b->data[1];
  if (b->len < plen + 3) return 0;
  uint8_t x = 0;
  for (size_t i = 0; i < plen; i++) x ^= b->data[2 + i];
  if (x != b->data[2 + plen] || plen > outcap) {
    rx_consume(b, 1);
    b->bad++;
    return 0;
  }
  memcpy(out, b->data + 2, plen);
  *outlen = plen;
  rx_consume(b, plen + 3);
  b->frames++;
  return 1;
}

static size_t encode(uint8_t *dst, const char *payload, size_t plen) {
  dst[0] = 0x7e;
  dst[1] = (uint8_t)plen;
  uint8_t x = 0;
  for (size_t i = 0; i < plen; i++) {
    dst[2 + i] = (uint8_t)payload[i];
    x ^= (uint8_t)payload[i];
  }
  dst[2 + plen] = x;
  return plen + 3;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  uint8_t wire[1024];
  size_t wl = 0;
  for (int i = 0; i < n && wl + 40 < sizeof wire; i++) {
    size_t plen = 1 + (size_t)(i * 5) % 12;
    if (plen > al) plen = al;
    wl += encode(wire + wl, alpha + (size_t)i % (al - plen + 1), plen);
    if (i % 4 == 3) wire[wl++] = 0x00; /* line noise */
  }
  struct rxbuf rx;
  rx_init(&rx, 256);
  uint8_t frame[64];
  size_t flen;
  unsigned long sum = 0;
  /* deliver the wire bytes in bursts of 37 */
  for (size_t off = 0; off < wl;) {
    off += rx_feed(&rx, wire + off, wl - off < 37 ? wl - off : 37);
    while (rx_parse(&rx, frame, sizeof frame, &flen))
      for (size_t i = 0; i < flen; i++) sum += frame[i] * (i + 1);
  }
  printf("%u frames, %u bad bytes, sum %lu, %zu left\n", rx.frames, rx.bad, sum, rx.len);
  free(rx.data);
  return 0;
}
