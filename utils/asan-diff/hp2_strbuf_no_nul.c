// EXPECT: heap-buffer-overflow
// a string builder reserves room for the appended bytes but not for the terminator it then stores; an append that exactly fills the capacity writes one past it
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct strbuf {
  char *data;
  size_t len, cap;
};

static void sb_init(struct strbuf *s) {
  s->data = NULL;
  s->len = s->cap = 0;
}

static void sb_reserve(struct strbuf *s, size_t extra) {
  if (s->len + extra <= s->cap) return;
  size_t ncap = s->cap ? s->cap : 16;
  while (ncap < s->len + extra) ncap *= 2;
  char *nd = realloc(s->data, ncap);
  if (!nd) abort();
  s->data = nd;
  s->cap = ncap;
}

static void sb_append_n(struct strbuf *s, const char *p, size_t n) {
  sb_reserve(s, n);
  memcpy(s->data + s->len, p, n);
  s->len += n;
  s->data[s->len] = '\0'; // BUG
}

static void sb_append(struct strbuf *s, const char *p) { sb_append_n(s, p, strlen(p)); }

static void sb_append_char(struct strbuf *s, char c) { sb_append_n(s, &c, 1); }

static void sb_appendf(struct strbuf *s, const char *fmt, ...) {
  char tmp[128];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n >= sizeof tmp) n = sizeof tmp - 1;
  sb_append_n(s, tmp, (size_t)n);
}

static char *sb_detach(struct strbuf *s) {
  char *d = s->data;
  sb_init(s);
  return d;
}

/* Renders a header block "Name: value\r\n" per field. */
static char *render_headers(const char *const *names, const char *const *values, int count) {
  struct strbuf sb;
  sb_init(&sb);
  for (int i = 0; i < count; i++) {
    sb_append(&sb, names[i]);
    sb_append(&sb, ": ");
    sb_append(&sb, values[i]);
    sb_append_char(&sb, '\r');
    sb_append_char(&sb, '\n');
  }
  sb_appendf(&sb, "X-Count: %d\r\n\r\n", count);
  return sb_detach(&sb);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  size_t al = strlen(alpha);
  const char *names[] = {"Host", "Accept", "User-Agent", "X-Trace"};
  char v[4][40];
  snprintf(v[0], sizeof v[0], "%.9s", alpha);
  snprintf(v[1], sizeof v[1], "text/%.*s", (int)(n % 7), alpha + 3);
  snprintf(v[2], sizeof v[2], "probe/%d.%d", n, (int)al);
  snprintf(v[3], sizeof v[3], "%.12s-%d", alpha + 5, n * 3);
  const char *values[] = {v[0], v[1], v[2], v[3]};
  char *hdr = render_headers(names, values, 4);
  size_t lines = 0;
  for (const char *p = hdr; *p; p++) lines += *p == '\n';
  printf("%zu header bytes, %zu lines\n%s", strlen(hdr), lines, hdr);
  free(hdr);
  return 0;
}
