// EXPECT: none
// Standard base64 with padding and a streaming decoder that accepts unpadded input too: every
// buffer is sized exactly (encoded 4*ceil(n/3) + 1, decoded from the length minus padding,
// computed for unpadded tails as well), and the round trip covers lengths 0..n*3 so every
// tail case lands on the last byte of its buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static char *encode(const unsigned char *in, size_t n) {
  char *out = malloc((n + 2) / 3 * 4 + 1);
  size_t o = 0;
  for (size_t i = 0; i < n; i += 3) {
    unsigned v = (unsigned)in[i] << 16;
    if (i + 1 < n) v |= (unsigned)in[i + 1] << 8;
    if (i + 2 < n) v |= in[i + 2];
    out[o++] = B64[v >> 18 & 63];
    out[o++] = B64[v >> 12 & 63];
    out[o++] = i + 1 < n ? B64[v >> 6 & 63] : '=';
    out[o++] = i + 2 < n ? B64[v & 63] : '=';
  }
  out[o] = '\0';
  return out;
}

static size_t decoded_len(const char *s, size_t n) {
  while (n && s[n - 1] == '=') n--;
  return n / 4 * 3 + (n % 4 ? n % 4 - 1 : 0);
}

static int dval(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  return c == '+' ? 62 : c == '/' ? 63 : -1;
}

static unsigned char *decode(const char *s, size_t *outlen) {
  size_t n = strlen(s);
  size_t want = decoded_len(s, n);
  unsigned char *out = malloc(want ? want : 1);
  size_t o = 0;
  unsigned acc = 0;
  int bits = 0;
  for (size_t i = 0; i < n && s[i] != '='; i++) {
    int v = dval(s[i]);
    if (v < 0) { free(out); return NULL; }
    acc = (acc << 6 | (unsigned)v) & 0xFFFFFF;
    if ((bits += 6) >= 8) {
      bits -= 8;
      if (o < want) out[o++] = (unsigned char)(acc >> bits);
    }
  }
  *outlen = o;
  return out;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *src = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  size_t slen = strlen(src);
  int ok = 0, total = 0;
  for (size_t len = 0; len <= (size_t)n * 3; len++) {
    unsigned char *in = malloc(len ? len : 1);
    for (size_t i = 0; i < len; i++) in[i] = (unsigned char)(src[i % slen] ^ (i * 29));
    char *enc = encode(in, len);
    size_t el = strlen(enc), dl = 0;
    unsigned char *dec = decode(enc, &dl);
    ok += dec && dl == len && memcmp(dec, in, len) == 0;
    free(dec);
    /* the same without padding */
    while (el && enc[el - 1] == '=') enc[--el] = '\0';
    dec = decode(enc, &dl);
    ok += dec && dl == len && memcmp(dec, in, len) == 0;
    total += 2;
    if (len % 10 == 9) printf("%2zu: %s\n", len, enc);
    free(dec);
    free(enc);
    free(in);
  }
  printf("%d/%d round trips\n", ok, total);
  return 0;
}
