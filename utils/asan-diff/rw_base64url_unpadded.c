// EXPECT: heap-buffer-overflow
// Base64url encode/decode of tokens (RFC 4648 section 5, padding omitted as JWTs do). The
// decoder sizes its output as len / 4 * 3, which is right only for padded input: an unpadded
// token whose length is not a multiple of 4 decodes to more bytes than that.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char ALPH[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static char *b64url_encode(const unsigned char *in, size_t n) {
  char *out = malloc((n + 2) / 3 * 4 + 1);
  size_t o = 0, i = 0;
  for (; i + 2 < n; i += 3) {
    unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
    out[o++] = ALPH[v >> 18 & 63];
    out[o++] = ALPH[v >> 12 & 63];
    out[o++] = ALPH[v >> 6 & 63];
    out[o++] = ALPH[v & 63];
  }
  if (i < n) {
    unsigned v = (unsigned)in[i] << 16 | (i + 1 < n ? (unsigned)in[i + 1] << 8 : 0);
    out[o++] = ALPH[v >> 18 & 63];
    out[o++] = ALPH[v >> 12 & 63];
    if (i + 1 < n) out[o++] = ALPH[v >> 6 & 63];
  }
  out[o] = '\0';
  return out;
}

static int val(char c) {
  const char *p = c ? strchr(ALPH, c) : NULL;
  return p ? (int)(p - ALPH) : -1;
}

static unsigned char *b64url_decode(const char *in, size_t *outlen) {
  size_t n = strlen(in);
  if (n % 4 == 1) return NULL;
  unsigned char *out = malloc(n / 4 * 3 + 1);
  size_t o = 0;
  unsigned acc = 0;
  int bits = 0;
  for (size_t i = 0; i < n; i++) {
    int v = val(in[i]);
    if (v < 0) { free(out); return NULL; }
    acc = acc << 6 | (unsigned)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (unsigned char)(acc >> bits); // BUG
    }
  }
  *outlen = o;
  return out;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *secret = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char claims[128];
  int ok = 0;
  for (int i = 1; i <= n; i++) {
    int len = snprintf(claims, sizeof claims, "{\"sub\":%d,\"k\":\"%.*s\"}", i, i % 8, secret);
    if (i == n) len = (int)strlen(strcpy(claims, secret)); /* the raw secret last */
    char *tok = b64url_encode((const unsigned char *)claims, (size_t)len);
    size_t dl = 0;
    unsigned char *back = b64url_decode(tok, &dl);
    if (back && dl == (size_t)len && memcmp(back, claims, dl) == 0) ok++;
    else printf("round trip failed: %s\n", tok);
    if (i % 4 == 0) printf("%-44s %zu\n", tok, dl);
    free(back);
    free(tok);
  }
  printf("%d/%d round trips\n", ok, n);
  return 0;
}
