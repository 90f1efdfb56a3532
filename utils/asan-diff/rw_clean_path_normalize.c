// EXPECT: none
// A path normalizer for a sandbox: components in a fixed array on the stack (exactly MAXCOMP
// may be used), ".." at the top is an error, and the result is built into a caller buffer
// whose size is checked with room for the terminator; paths fill the array and the output
// buffer to their last byte.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXCOMP 8

static int normalize(const char *in, char *out, size_t outsz) {
  const char *comp[MAXCOMP];
  size_t clen[MAXCOMP];
  int n = 0;
  const char *p = in;
  while (*p) {
    while (*p == '/') p++;
    if (!*p) break;
    const char *s = p;
    while (*p && *p != '/') p++;
    size_t len = (size_t)(p - s);
    if (len == 1 && s[0] == '.') continue;
    if (len == 2 && s[0] == '.' && s[1] == '.') {
      if (n == 0) return -1; /* would leave the sandbox */
      n--;
      continue;
    }
    if (n == MAXCOMP) return -2;
    comp[n] = s;
    clen[n++] = len;
  }
  size_t o = 0;
  for (int i = 0; i < n; i++) {
    size_t need = clen[i] + (i ? 1 : 0);
    if (o + need + 1 > outsz) return -3;
    if (i) out[o++] = '/';
    memcpy(out + o, comp[i], clen[i]);
    o += clen[i];
  }
  if (outsz == 0) return -3;
  if (o == 0) {
    if (outsz < 2) return -3;
    out[o++] = '.';
  }
  out[o] = '\0';
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *name = argc > 2 ? argv[2] : "file";
  char path[256];
  char out16[16], *out = malloc(24);
  int results[4] = { 0 };
  for (int i = 0; i < n; i++) {
    switch (i % 5) {
    case 0: snprintf(path, sizeof path, "a/b/c/d/e/f/g/%.1s", name + i); break;       /* exactly 8 */
    case 1: snprintf(path, sizeof path, "a/b/c/d/e/f/g/h/%.1s", name); break;         /* 9: too many */
    case 2: snprintf(path, sizeof path, "./x/../../%s", name); break;                 /* escapes */
    case 3: snprintf(path, sizeof path, "%.11s//./%.2s/", name, name + 3); break;     /* 14 chars */
    default: snprintf(path, sizeof path, "%.12s/%.2s/..//%.2s", name, name, name); break; /* 15 chars */
    }
    int r = normalize(path, out16, sizeof out16);
    int r2 = normalize(path, out, 24);
    results[r >= 0 ? 0 : -r]++;
    printf("%-32s -> %-16s %d / %s\n", path, r >= 0 ? out16 : "(error)", r, r2 >= 0 ? out : "(error)");
  }
  printf("ok %d, escapes %d, too deep %d, too long %d\n", results[0], results[1], results[2], results[3]);
  free(out);
  return 0;
}
