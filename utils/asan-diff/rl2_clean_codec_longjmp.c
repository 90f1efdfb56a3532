// EXPECT: none
// hex and base64 codecs with VLA scratch per call and a recursive-descent checker that bails out of deep recursion with longjmp, its frames full of arrays
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char HEX[] = "0123456789abcdef";
static const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void hex_encode(const unsigned char *in, size_t n, char *out) {
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = HEX[in[i] >> 4];
    out[2 * i + 1] = HEX[in[i] & 15];
  }
  out[2 * n] = '\0';
}

static size_t b64_encode(const unsigned char *in, size_t n, char *out) {
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
  return o;
}

static jmp_buf bail;
static int max_depth_seen;

/* Checks balanced brackets recursively; longjmps out on a mismatch. */
static size_t check(const char *s, size_t i, int depth, char close) {
  char trail[48];   /* per-frame scratch, touched so it is really used */
  memset(trail, depth & 0x7f, sizeof trail);
  if (depth > max_depth_seen) max_depth_seen = depth;
  while (s[i]) {
    char c = s[i];
    if (c == '(' || c == '[' || c == '{') {
      char want = c == '(' ? ')' : c == '[' ? ']' : '}';
      i = check(s, i + 1, depth + 1, want);
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (c != close) longjmp(bail, 1 + (trail[depth % 48] & 1));
      return i + 1;
    }
    i++;
  }
  if (close) longjmp(bail, 3);
  return i;
}

static int validate(const char *s) {
  int rc = setjmp(bail);
  if (rc) return -rc;
  check(s, 0, 0, 0);
  return 0;
}

static unsigned roundtrip_digest(const char *text, size_t len) {
  char hex[2 * len + 1];
  char b64[4 * ((len + 2) / 3) + 1];
  hex_encode((const unsigned char *)text, len, hex);
  size_t bl = b64_encode((const unsigned char *)text, len, b64);
  unsigned h = (unsigned)bl;
  for (size_t i = 0; hex[i]; i++) h = h * 31 + (unsigned char)hex[i];
  for (size_t i = 0; i < bl; i++) h = h * 37 + (unsigned char)b64[i];
  return h;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "codec";
  size_t wl = strlen(word);
  unsigned h = 0;
  for (size_t len = 0; len <= wl; len++) h ^= roundtrip_digest(word, len) + (unsigned)len;
  char expr[256];
  int results[6];
  for (int t = 0; t < 6; t++) {
    int k = 0, depth = n * 2 + t * 3;
    for (int d = 0; d < depth && k < 200; d++) expr[k++] = "([{"[d % 3];
    expr[k++] = word[t % wl];
    for (int d = depth - 1; d >= 0 && k < 250; d--) expr[k++] = (t == 4 && d == 2) ? ')' : ")]}"[d % 3];
    if (t == 5) k -= 3;   /* unclosed */
    expr[k] = '\0';
    results[t] = validate(expr);
  }
  printf("digest=%08x depth=%d results=%d,%d,%d,%d,%d,%d\n", h, max_depth_seen, results[0], results[1],
         results[2], results[3], results[4], results[5]);
  return 0;
}
