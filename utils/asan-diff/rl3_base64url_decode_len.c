// EXPECT: heap-buffer-overflow
// base64url without padding: the decoder sizes its output as len/4*3 (+1 for a NUL), which is short for the 2- and 3-char tail groups
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char kAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static signed char g_rev[256];

static void init_rev(void) {
  memset(g_rev, -1, sizeof g_rev);
  for (int i = 0; i < 64; i++) g_rev[(unsigned char)kAlphabet[i]] = (signed char)i;
}

static char *b64url_encode(const unsigned char *in, size_t n, size_t *out_len) {
  size_t full = n / 3, rem = n % 3;
  size_t len = full * 4 + (rem ? rem + 1 : 0);
  char *out = malloc(len + 1);
  size_t o = 0;
  for (size_t i = 0; i < full * 3; i += 3) {
    uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
    out[o++] = kAlphabet[v >> 18 & 63];
    out[o++] = kAlphabet[v >> 12 & 63];
    out[o++] = kAlphabet[v >> 6 & 63];
    out[o++] = kAlphabet[v & 63];
  }
  if (rem) {
    uint32_t v = (uint32_t)in[full * 3] << 16;
    if (rem == 2) v |= (uint32_t)in[full * 3 + 1] << 8;
    out[o++] = kAlphabet[v >> 18 & 63];
    out[o++] = kAlphabet[v >> 12 & 63];
    if (rem == 2) out[o++] = kAlphabet[v >> 6 & 63];
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

static unsigned char *b64url_decode(const char *in, size_t n, size_t *out_len) {
  if (n % 4 == 1) return NULL;
  unsigned char *out = malloc(n / 4 * 3 + 1);
  size_t o = 0;
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < n; i++) {
    int v = g_rev[(unsigned char)in[i]];
    if (v < 0) { free(out); return NULL; }
    acc = acc << 6 | (uint32_t)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (unsigned char)(acc >> bits); // BUG
      acc &= (1u << bits) - 1;
    }
  }
  out[o] = '\0';
  *out_len = o;
  return out;
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 3;
  const char *text = argc > 2 ? argv[2] : "hello";
  init_rev();
  size_t tl = strlen(text);
  int ok = 0;
  for (int r = 0; r < rounds; r++) {
    size_t n = tl > 2 ? tl - (size_t)(r % 3) : tl;
    size_t el, dl;
    char *enc = b64url_encode((const unsigned char *)text, n, &el);
    unsigned char *dec = b64url_decode(enc, el, &dl);
    if (dec && dl == n && memcmp(dec, text, n) == 0) ok++;
    if (r == 0) printf("%s -> %s\n", text, enc);
    free(dec);
    free(enc);
  }
  printf("%d/%d round trips\n", ok, rounds);
  return 0;
}
