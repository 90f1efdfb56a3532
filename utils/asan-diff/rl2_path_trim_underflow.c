// EXPECT: stack-buffer-underflow
// normalize_path strips trailing slashes with while (buf[len - 1] == '/'), which for the path "/" (or "///") steps to buf[-1]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXP 64

struct path_stats {
  int components;
  int dotdots;
  int absolute;
  size_t longest;
};

/* Collapses "//" and "/./", resolves "..", strips trailing slashes; returns the new length. */
static size_t normalize_path(const char *in, char *out, struct path_stats *st) {
  char buf[MAXP];
  size_t len = 0;
  const char *p = in;
  st->absolute = (*p == '/');
  if (st->absolute) buf[len++] = '/';
  while (*p) {
    while (*p == '/') p++;
    const char *s = p;
    while (*p && *p != '/') p++;
    size_t n = (size_t)(p - s);
    if (n == 0) break;
    if (n == 1 && s[0] == '.') continue;
    if (n == 2 && s[0] == '.' && s[1] == '.') {
      st->dotdots++;
      while (len > (size_t)st->absolute && buf[len - 1] != '/') len--;
      if (len > (size_t)st->absolute) len--;
      continue;
    }
    if (len + n + 1 >= MAXP) break;
    if (len > 0 && buf[len - 1] != '/') buf[len++] = '/';
    memcpy(buf + len, s, n);
    len += n;
    st->components++;
    if (n > st->longest) st->longest = n;
  }
  while (buf[len - 1] == '/') len--; // BUG
  memcpy(out, buf, len);
  out[len] = '\0';
  return len;
}

static const char *join(char *dst, size_t cap, const char *a, const char *b) {
  snprintf(dst, cap, "%s/%s", a, b);
  return dst;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "abc";
  char comp[16], tmp[MAXP * 2], out[MAXP + 1];
  snprintf(comp, sizeof comp, "%.*s", n % 7 + 2, word);
  const char *inputs[6];
  char storage[6][MAXP * 2];
  inputs[0] = join(storage[0], sizeof storage[0], "/usr//local/./lib", comp);
  inputs[1] = join(storage[1], sizeof storage[1], "a/b/../c", comp);
  inputs[2] = join(storage[2], sizeof storage[2], "/x/y/../../..", comp);
  inputs[3] = join(storage[3], sizeof storage[3], comp, "..");
  snprintf(storage[4], sizeof storage[4], "%s", "/tmp/../");
  inputs[4] = storage[4];
  snprintf(tmp, sizeof tmp, "%.*s", n / 5, "////////////////");
  inputs[5] = tmp;   /* "//" for n = 10 */
  unsigned h = 0;
  for (int i = 0; i < 6; i++) {
    struct path_stats st = {0, 0, 0, 0};
    size_t len = normalize_path(inputs[i], out, &st);
    for (size_t k = 0; k < len; k++) h = h * 37 + (unsigned char)out[k];
    printf("%-24s -> %-20s c=%d dd=%d\n", inputs[i], out, st.components, st.dotdots);
  }
  printf("hash=%08x\n", h);
  return 0;
}
