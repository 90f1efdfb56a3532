// EXPECT: heap-use-after-free
// a line splitter reads chunks into a growing buffer and records each line's start pointer; when the buffer is realloc'ed the recorded pointers into the old block are not rebased
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct reader {
  const char *src;
  size_t srclen, srcpos;
};

/* Delivers the source in chunks of at most `want` bytes. */
static size_t read_chunk(struct reader *r, char *dst, size_t want) {
  size_t left = r->srclen - r->srcpos;
  size_t n = left < want ? left : want;
  memcpy(dst, r->src + r->srcpos, n);
  r->srcpos += n;
  return n;
}

struct lines {
  char *buf;
  size_t len, cap;
  const char **starts;
  size_t nlines, lcap;
};

static void add_line(struct lines *l, const char *start) {
  if (l->nlines == l->lcap) {
    l->lcap = l->lcap ? l->lcap * 2 : 8;
    l->starts = realloc(l->starts, l->lcap * sizeof *l->starts);
  }
  l->starts[l->nlines++] = start;
}

static int load(struct lines *l, struct reader *r) {
  size_t scan = 0;
  int at_line_start = 1;
  for (;;) {
    if (l->cap - l->len < 16) {
      size_t ncap = l->cap ? l->cap * 2 : 32;
      char *nb = realloc(l->buf, ncap);
      if (!nb) return -1;
      l->buf = nb;
      l->cap = ncap;
    }
    size_t got = read_chunk(r, l->buf + l->len, 16);
    if (got == 0) break;
    l->len += got;
    for (; scan < l->len; scan++) {
      if (at_line_start) {
        add_line(l, l->buf + scan);
        at_line_start = 0;
      }
      if (l->buf[scan] == '\n') {
        l->buf[scan] = '\0';
        at_line_start = 1;
      }
    }
  }
  if (l->len == l->cap) l->buf = realloc(l->buf, l->cap + 1);
  l->buf[l->len] = '\0';
  return 0;
}

static int count_words(const char *s) {
  int n = 0, in = 0;
  for (; *s; s++) { // BUG
    if (*s == ' ') in = 0;
    else if (!in) { in = 1; n++; }
  }
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  char text[1024];
  size_t off = 0;
  for (int i = 0; i < n; i++)
    off += (size_t)snprintf(text + off, sizeof text - off, "line %d: %.*s %.*s\n", i, 2 + i % 5, alpha + i,
                            3, alpha + (i * 3) % 20);
  struct reader r = {text, off, 0};
  struct lines l;
  memset(&l, 0, sizeof l);
  if (load(&l, &r)) return 1;
  int words = 0;
  size_t longest = 0;
  for (size_t i = 0; i < l.nlines; i++) {
    words += count_words(l.starts[i]);
    size_t len = strlen(l.starts[i]);
    if (len > longest) longest = len;
  }
  printf("%zu lines, %d words, longest %zu, buffer %zu/%zu\n", l.nlines, words, longest, l.len, l.cap);
  free(l.starts);
  free(l.buf);
  return 0;
}
