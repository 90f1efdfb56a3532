// EXPECT: none
// base64 (padded and unpadded) and UTF-8 round trips over every prefix length 0..n, with outputs malloc'ed to the exact computed size and decoders that check the end before each continuation byte
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t b64_len(size_t n, int pad) { return pad ? (n + 2) / 3 * 4 : n / 3 * 4 + (n % 3 ? n % 3 + 1 : 0); }

static void b64_encode(const unsigned char *in, size_t n, char *out, int pad) {
  size_t o = 0, i = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
    for (int k = 3; k >= 0; k--) out[o++] = B64[v >> (6 * k) & 63];
  }
  size_t rem = n - i;
  if (rem) {
    uint32_t v = (uint32_t)in[i] << 16 | (rem == 2 ? (uint32_t)in[i + 1] << 8 : 0);
    out[o++] = B64[v >> 18 & 63];
    out[o++] = B64[v >> 12 & 63];
    if (rem == 2) out[o++] = B64[v >> 6 & 63];
    if (pad)
      while (o % 4) out[o++] = '=';
  }
}

static int b64_val(char c) {
  const char *p = c ? strchr(B64, c) : NULL;
  return p ? (int)(p - B64) : -1;
}

/* decoded size exactly: 3 per full group, 1 or 2 for a 2- or 3-char tail */
static size_t b64_decoded_len(const char *in, size_t n) {
  while (n && in[n - 1] == '=') n--;
  return n / 4 * 3 + (n % 4 ? n % 4 - 1 : 0);
}

static size_t b64_decode(const char *in, size_t n, unsigned char *out) {
  uint32_t acc = 0;
  int bits = 0;
  size_t o = 0;
  for (size_t i = 0; i < n && in[i] != '='; i++) {
    int v = b64_val(in[i]);
    if (v < 0) return (size_t)-1;
    acc = acc << 6 | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (unsigned char)(acc >> bits);
      acc &= (1u << bits) - 1;
    }
  }
  return o;
}

static size_t utf8_encode(const uint32_t *cps, size_t n, unsigned char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = cps[i];
    if (c < 0x80) out[o++] = (unsigned char)c;
    else if (c < 0x800) { out[o++] = (unsigned char)(0xC0 | c >> 6); out[o++] = (unsigned char)(0x80 | (c & 63)); }
    else if (c < 0x10000) { out[o++] = (unsigned char)(0xE0 | c >> 12); out[o++] = (unsigned char)(0x80 | (c >> 6 & 63)); out[o++] = (unsigned char)(0x80 | (c & 63)); }
    else { out[o++] = (unsigned char)(0xF0 | c >> 18); out[o++] = (unsigned char)(0x80 | (c >> 12 & 63)); out[o++] = (unsigned char)(0x80 | (c >> 6 & 63)); out[o++] = (unsigned char)(0x80 | (c & 63)); }
  }
  return o;
}

static size_t utf8_decode(const unsigned char *p, size_t n, uint32_t *out, size_t *bad) {
  size_t i = 0, o = 0;
  while (i < n) {
    unsigned char b = p[i];
    int len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || (size_t)len > n - i) { (*bad)++; i++; continue; }
    uint32_t c = len == 1 ? b : b & (0x7Fu >> len);
    int k = 1;
    for (; k < len && (p[i + (size_t)k] & 0xC0) == 0x80; k++) c = c << 6 | (p[i + (size_t)k] & 63);
    if (k < len) { (*bad)++; i++; continue; }
    out[o++] = c;
    i += (size_t)len;
  }
  return o;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 5;
  const char *text = argc > 2 ? argv[2] : "hello";
  size_t tl = strlen(text);
  int ok = 0, runs = 0;
  for (size_t len = 0; len <= tl; len++) {
    for (int pad = 0; pad < 2; pad++, runs++) {
      size_t el = b64_len(len, pad);
      char *enc = malloc(el ? el : 1);
      b64_encode((const unsigned char *)text, len, enc, pad);
      size_t dl = b64_decoded_len(enc, el);
      unsigned char *dec = malloc(dl ? dl : 1);
      size_t got = b64_decode(enc, el, dec);
      if (got == len && memcmp(dec, text, len) == 0) ok++;
      free(dec);
      free(enc);
    }
  }
  /* UTF-8: code points of every width; decode every truncation of the encoding */
  size_t ncp = (size_t)n + 4;
  uint32_t *cps = malloc(ncp * sizeof *cps);
  for (size_t i = 0; i < ncp; i++) cps[i] = (uint32_t[]){0x41, 0xE9, 0x20AC, 0x1F642}[i % 4] + (uint32_t)i % 3;
  unsigned char *u8 = malloc(ncp * 4);
  size_t ul = utf8_encode(cps, ncp, u8);
  unsigned char *exact = malloc(ul);
  memcpy(exact, u8, ul);
  free(u8);
  size_t decoded_total = 0, bad_total = 0;
  uint32_t *back = malloc(ul * sizeof *back);
  for (size_t cut = 0; cut <= ul; cut++) {
    size_t bad = 0;
    decoded_total += utf8_decode(exact + cut, ul - cut, back, &bad);
    bad_total += bad;
  }
  size_t bad = 0;
  int same = utf8_decode(exact, ul, back, &bad) == ncp && memcmp(back, cps, ncp * sizeof *cps) == 0;
  printf("base64 %d/%d ok; utf8 %zu bytes, round trip %s, %zu decoded over all cuts, %zu bad\n", ok,
         runs, ul, same ? "ok" : "FAILED", decoded_total, bad_total);
  free(back);
  free(exact);
  free(cps);
  return 0;
}
