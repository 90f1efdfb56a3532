// EXPECT: none
// UTF-8 round trip with exactly sized buffers: a first pass measures the encoded length, the
// output is malloc'ed to that size with no terminator, and the decoder reads it by length up
// to its last byte, validating continuation bytes and rejecting overlong forms. Shortened
// copies (one byte short, the last three bytes alone) are decoded by length as well.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int enc_len(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

static size_t encode(const uint32_t *cps, size_t n, unsigned char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = cps[i];
    switch (enc_len(c)) {
    case 1: out[o++] = (unsigned char)c; break;
    case 2: out[o++] = (unsigned char)(0xC0 | c >> 6); out[o++] = (unsigned char)(0x80 | (c & 63)); break;
    case 3:
      out[o++] = (unsigned char)(0xE0 | c >> 12);
      out[o++] = (unsigned char)(0x80 | (c >> 6 & 63));
      out[o++] = (unsigned char)(0x80 | (c & 63));
      break;
    default:
      out[o++] = (unsigned char)(0xF0 | c >> 18);
      out[o++] = (unsigned char)(0x80 | (c >> 12 & 63));
      out[o++] = (unsigned char)(0x80 | (c >> 6 & 63));
      out[o++] = (unsigned char)(0x80 | (c & 63));
    }
  }
  return o;
}

/* Decodes s[0..n) into cps (room for n code points); -1 on malformed input. */
static long decode(const unsigned char *s, size_t n, uint32_t *cps) {
  size_t i = 0, k = 0;
  static const uint32_t min_cp[5] = { 0, 0, 0x80, 0x800, 0x10000 };
  while (i < n) {
    unsigned char b = s[i];
    int len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (!len || (size_t)len > n - i) return -1;
    uint32_t cp = len == 1 ? b : (uint32_t)(b & (0x7F >> len));
    for (int j = 1; j < len; j++) {
      if ((s[i + j] & 0xC0) != 0x80) return -1;
      cp = cp << 6 | (s[i + j] & 63);
    }
    if (cp < min_cp[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    cps[k++] = cp;
    i += (size_t)len;
  }
  return (long)k;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *ascii = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  size_t count = (size_t)n * 8;
  uint32_t *cps = malloc(count * sizeof *cps);
  static const uint32_t extra[] = { 0xE9, 0x3B1, 0x20AC, 0x2603, 0x1F600, 0x10FFFF, 0x7FF, 0x800 };
  for (size_t i = 0; i < count; i++) cps[i] = i % 3 ? (uint32_t)(unsigned char)ascii[i % 26] : extra[(i / 3) % 8];
  size_t bytes = 0;
  for (size_t i = 0; i < count; i++) bytes += (size_t)enc_len(cps[i]);
  unsigned char *buf = malloc(bytes);
  size_t wrote = encode(cps, count, buf);
  uint32_t *back = malloc(bytes * sizeof *back);
  long got = decode(buf, wrote, back);
  int same = got == (long)count && memcmp(back, cps, count * sizeof *cps) == 0;
  long truncated = decode(buf, wrote - 1, back); /* one byte short: decodes up to the cut */
  unsigned char *tail = malloc(3);
  memcpy(tail, buf + wrote - 3, 3);
  long tail_got = decode(tail, 3, back);
  printf("%zu code points -> %zu bytes, round trip %s, truncated %ld, tail %ld\n", count, wrote,
         same ? "ok" : "FAILED", truncated, tail_got);
  free(tail);
  free(back);
  free(buf);
  free(cps);
  return 0;
}
