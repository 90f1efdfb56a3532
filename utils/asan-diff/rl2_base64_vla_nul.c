// EXPECT: dynamic-stack-buffer-overflow
// the base64 output is a VLA of exactly 4*ceil(n/3) bytes; the encoder still terminates it, one byte past
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t b64_len(size_t n) { return 4 * ((n + 2) / 3); }

static size_t b64_encode(const unsigned char *in, size_t n, char *out) {
  size_t o = 0, i = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
    out[o++] = B64[v >> 18];
    out[o++] = B64[(v >> 12) & 63];
    out[o++] = B64[(v >> 6) & 63];
    out[o++] = B64[v & 63];
  }
  if (n - i == 1) {
    uint32_t v = (uint32_t)in[i] << 16;
    out[o++] = B64[v >> 18];
    out[o++] = B64[(v >> 12) & 63];
    out[o++] = '=';
    out[o++] = '=';
  } else if (n - i == 2) {
    uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8;
    out[o++] = B64[v >> 18];
    out[o++] = B64[(v >> 12) & 63];
    out[o++] = B64[(v >> 6) & 63];
    out[o++] = '=';
  }
  out[o] = '\0'; // BUG
  return o;
}

static int b64_val(char c) {
  const char *p = strchr(B64, c);
  return (c && p) ? (int)(p - B64) : -1;
}

static size_t b64_decode(const char *in, size_t n, unsigned char *out) {
  size_t o = 0;
  for (size_t i = 0; i + 4 <= n; i += 4) {
    int a = b64_val(in[i]), b = b64_val(in[i + 1]);
    int c = in[i + 2] == '=' ? 0 : b64_val(in[i + 2]);
    int d = in[i + 3] == '=' ? 0 : b64_val(in[i + 3]);
    if (a < 0 || b < 0 || c < 0 || d < 0) break;
    uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | (uint32_t)d;
    out[o++] = (unsigned char)(v >> 16);
    if (in[i + 2] != '=') out[o++] = (unsigned char)(v >> 8);
    if (in[i + 3] != '=') out[o++] = (unsigned char)v;
  }
  return o;
}

static unsigned checksum(const void *p, size_t n) {
  const unsigned char *b = p;
  unsigned s = 0;
  for (size_t i = 0; i < n; i++) s = (s << 5) + s + b[i];
  return s;
}

static int roundtrip(const unsigned char *msg, size_t n) {
  char enc[b64_len(n)];   /* exactly the encoded length */
  size_t el = b64_encode(msg, n, enc);
  unsigned char dec[n + 1];
  size_t dl = b64_decode(enc, el, dec);
  printf("n=%zu enc=%zu dec=%zu sum=%08x %.12s\n", n, el, dl, checksum(enc, el), enc);
  return dl == n && memcmp(dec, msg, n) == 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "hello";
  size_t tl = strlen(text);
  int ok = 0;
  for (int k = 1; k <= n; k++) {
    size_t len = (size_t)k * 2 + 1 < tl ? (size_t)k * 2 + 1 : tl;
    ok += roundtrip((const unsigned char *)text, len);
  }
  printf("ok=%d of %d\n", ok, n);
  return 0;
}
