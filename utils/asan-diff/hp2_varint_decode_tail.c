// EXPECT: heap-buffer-overflow
// a protobuf-style varint decoder trusts the continuation bit and never checks the end of the buffer; a record whose last byte has the high bit set makes it read past the message
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t put_varint(uint8_t *dst, uint64_t v) {
  size_t n = 0;
  while (v >= 0x80) {
    dst[n++] = (uint8_t)(v | 0x80);
    v >>= 7;
  }
  dst[n++] = (uint8_t)v;
  return n;
}

/* Decodes one varint at *pos; returns 0 on malformed input. */
static int get_varint(const uint8_t *buf, size_t len, size_t *pos, uint64_t *out) {
  uint64_t v = 0;
  int shift = 0;
  size_t p = *pos;
  if (p >= len) return 0;
  for (;;) {
    uint8_t b = buf[p++]; // BUG
    v |= (uint64_t)(b & 0x7f) << shift;
    if (!(b & 0x80)) break;
    shift += 7;
    if (shift > 63) return 0;
  }
  *pos = p;
  *out = v;
  return 1;
}

struct field {
  unsigned number;
  unsigned wire;
  uint64_t value;
};

static int decode_message(const uint8_t *msg, size_t len, struct field *out, int max) {
  size_t pos = 0;
  int n = 0;
  while (pos < len && n < max) {
    uint64_t key, val;
    if (!get_varint(msg, len, &pos, &key)) return -1;
    if ((key & 7) != 0) return -1; /* only varint fields here */
    if (!get_varint(msg, len, &pos, &val)) return -1;
    out[n].number = (unsigned)(key >> 3);
    out[n].wire = (unsigned)(key & 7);
    out[n].value = val;
    n++;
  }
  return n;
}

static uint8_t *encode_record(int id, uint64_t ts, const char *tag, size_t *len) {
  uint8_t tmp[64];
  size_t n = 0;
  n += put_varint(tmp + n, 1 << 3);
  n += put_varint(tmp + n, (uint64_t)id);
  n += put_varint(tmp + n, 2 << 3);
  n += put_varint(tmp + n, ts);
  n += put_varint(tmp + n, 3 << 3);
  uint64_t packed = 0;
  for (size_t i = 0; i < 4 && tag[i]; i++) packed = packed << 8 | (uint8_t)tag[i];
  n += put_varint(tmp + n, packed);
  uint8_t *m = malloc(n);
  memcpy(m, tmp, n);
  *len = n;
  return m;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  uint64_t sum = 0;
  int fields = 0, errors = 0;
  for (int i = 0; i < n; i++) {
    size_t len;
    uint8_t *m = encode_record(i, 1700000000ULL + (uint64_t)i * 977, alpha + (size_t)i % (al - 4), &len);
    /* the transport hands over a copy; one sender truncated a record mid-varint */
    size_t rxlen = i == n - 2 ? len - 2 : len;
    uint8_t *rx = malloc(rxlen);
    memcpy(rx, m, rxlen);
    struct field f[8];
    int k = decode_message(rx, rxlen, f, 8);
    free(rx);
    if (k < 0) errors++;
    for (int j = 0; j < k; j++) {
      sum += f[j].value * f[j].number;
      fields++;
    }
    free(m);
  }
  printf("%d fields, %d errors, sum %llu\n", fields, errors, (unsigned long long)sum);
  return 0;
}
