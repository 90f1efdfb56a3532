// EXPECT: heap-buffer-overflow
// sb_reserve grows to exactly len + n bytes, forgetting the terminator; the NUL after an append that fills the buffer lands one past it
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct strbuf {
  char *data;
  size_t len;
  size_t cap;
  int reallocs;
};

static void sb_init(struct strbuf *sb) {
  sb->cap = 8;
  sb->len = 0;
  sb->reallocs = 0;
  sb->data = malloc(sb->cap);
  sb->data[0] = '\0';
}

static void sb_reserve(struct strbuf *sb, size_t n) {
  if (sb->len + n < sb->cap) return;
  size_t ncap = sb->cap;
  while (ncap < sb->len + n) ncap += ncap / 2;
  if (ncap > sb->len + n + 32) ncap = sb->len + n;   /* don't overshoot big appends */
  sb->data = realloc(sb->data, ncap);
  sb->cap = ncap;
  sb->reallocs++;
}

static void sb_append(struct strbuf *sb, const char *s, size_t n) {
  sb_reserve(sb, n);
  memcpy(sb->data + sb->len, s, n);
  sb->len += n;
  sb->data[sb->len] = '\0'; // BUG
}

static void sb_puts(struct strbuf *sb, const char *s) { sb_append(sb, s, strlen(s)); }

static void sb_putc(struct strbuf *sb, char c) { sb_append(sb, &c, 1); }

static void sb_put_int(struct strbuf *sb, long v) {
  char tmp[24];
  int k = snprintf(tmp, sizeof tmp, "%ld", v);
  sb_append(sb, tmp, (size_t)k);
}

static void sb_free(struct strbuf *sb) {
  free(sb->data);
  sb->data = NULL;
  sb->len = sb->cap = 0;
}

/* Renders a tiny JSON object: {"name":"...","n":10,"items":[...]} */
static void render(struct strbuf *sb, const char *name, int n) {
  sb_puts(sb, "{\"name\":\"");
  for (const char *p = name; *p; p++) {
    if (*p == '"' || *p == '\\') sb_putc(sb, '\\');
    sb_putc(sb, (char)tolower((unsigned char)*p));
  }
  sb_puts(sb, "\",\"n\":");
  sb_put_int(sb, n);
  sb_puts(sb, ",\"items\":[");
  for (int i = 0; i < n; i++) {
    if (i) sb_putc(sb, ',');
    sb_put_int(sb, (long)i * i * 37 % 1000);
  }
  sb_puts(sb, "],\"tail\":\"");
  sb_append(sb, name, strlen(name) * 1);
  sb_append(sb, name, strlen(name));
  sb_puts(sb, "\"}");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *name = argc > 2 ? argv[2] : "demo";
  struct strbuf sb;
  sb_init(&sb);
  render(&sb, name, n);
  unsigned sum = 0;
  for (size_t i = 0; i < sb.len; i++) sum = sum * 31 + (unsigned char)sb.data[i];
  printf("len=%zu cap=%zu reallocs=%d sum=%08x\n%.40s...\n", sb.len, sb.cap, sb.reallocs,
         sum, sb.data);
  sb_free(&sb);
  return 0;
}
