// EXPECT: none
// a string builder with vsnprintf growth (va_copy), inserts with memmove, exact-fit shrinking and a report rendered line by line
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sb {
  char *p;
  size_t len, cap;
};

static void sb_reserve(struct sb *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t nc = b->cap ? b->cap : 8;
  while (nc < b->len + extra + 1) nc = nc * 3 / 2 + 1;
  b->p = realloc(b->p, nc);
  b->cap = nc;
}

static void sb_printf(struct sb *b, const char *fmt, ...) {
  va_list ap, aq;
  va_start(ap, fmt);
  va_copy(aq, ap);
  size_t room = b->cap ? b->cap - b->len : 0;
  int k = vsnprintf(room ? b->p + b->len : NULL, room, fmt, ap);
  va_end(ap);
  if ((size_t)k >= room) {
    sb_reserve(b, (size_t)k);
    vsnprintf(b->p + b->len, b->cap - b->len, fmt, aq);
  }
  va_end(aq);
  b->len += (size_t)k;
}

static void sb_insert(struct sb *b, size_t at, const char *s) {
  size_t n = strlen(s);
  sb_reserve(b, n);
  memmove(b->p + at + n, b->p + at, b->len - at + 1);
  memcpy(b->p + at, s, n);
  b->len += n;
}

static void sb_erase(struct sb *b, size_t at, size_t n) {
  if (at + n > b->len) n = b->len - at;
  memmove(b->p + at, b->p + at + n, b->len - at - n + 1);
  b->len -= n;
}

static char *sb_finish(struct sb *b) {
  char *s = realloc(b->p, b->len + 1);   /* exact fit */
  b->p = NULL;
  b->len = b->cap = 0;
  return s;
}

static void pad_right(struct sb *b, size_t col) {
  const char *nl = b->len ? memrchr(b->p, '\n', b->len) : NULL;
  size_t start = nl ? (size_t)(nl - b->p) + 1 : 0;
  while (b->len - start < col) sb_printf(b, " ");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "report";
  struct sb b = {NULL, 0, 0};
  sb_printf(&b, "%s\n", "REPORT");
  for (int i = 0; i < n * 4; i++) {
    sb_printf(&b, "%3d %.*s", i, 1 + i % 20, word);
    pad_right(&b, 28);
    sb_printf(&b, "| %8.3f | %-6s|%*s|\n", i * 1.75 - 3, i % 3 ? "ok" : "retry", i % 9, "");
  }
  sb_insert(&b, 0, "== ");
  sb_insert(&b, b.len, "== end ==");
  char *title = strstr(b.p, "REPORT");
  if (title) sb_erase(&b, (size_t)(title - b.p), 3);
  char *s = sb_finish(&b);
  size_t len = strlen(s);
  unsigned h = 0;
  int lines = 0;
  for (char *line = s, *nl; line; line = nl ? nl + 1 : NULL) {
    nl = strchr(line, '\n');
    size_t ll = nl ? (size_t)(nl - line) : strlen(line);
    char *copy = strndup(line, ll);
    for (char *c = copy; *c; c++) h = h * 33 + (unsigned char)*c;
    free(copy);
    lines++;
  }
  printf("len=%zu lines=%d hash=%08x last=%s\n", len, lines, h, strrchr(s, '\n') + 1);
  free(s);
  return 0;
}
