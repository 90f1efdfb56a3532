// EXPECT: heap-buffer-overflow
// a text editor's gap buffer moves the gap left by memmove'ing the text before it; moving by more characters than precede the gap (cursor jump past the start) copies from before the buffer
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gapbuf {
  char *buf;
  size_t size;      /* total bytes */
  size_t gap_start; /* first byte of the gap */
  size_t gap_end;   /* first byte after the gap */
};

static void gb_init(struct gapbuf *g, size_t size) {
  g->buf = malloc(size);
  g->size = size;
  g->gap_start = 0;
  g->gap_end = size;
}

static size_t gb_len(const struct gapbuf *g) { return g->size - (g->gap_end - g->gap_start); }

static void gb_grow(struct gapbuf *g) {
  size_t nsize = g->size * 2;
  char *nb = malloc(nsize);
  size_t tail = g->size - g->gap_end;
  memcpy(nb, g->buf, g->gap_start);
  memcpy(nb + nsize - tail, g->buf + g->gap_end, tail);
  free(g->buf);
  g->buf = nb;
  g->gap_end = nsize - tail;
  g->size = nsize;
}

static void gb_insert(struct gapbuf *g, const char *s) {
  for (; *s; s++) {
    if (g->gap_start == g->gap_end) gb_grow(g);
    g->buf[g->gap_start++] = *s;
  }
}

/* Moves the cursor by delta characters (negative: left). */
static void gb_move(struct gapbuf *g, long delta) {
  if (delta < 0) {
    size_t k = (size_t)-delta;
    memmove(g->buf + g->gap_end - k, g->buf + g->gap_start - k, k); // BUG
    g->gap_start -= k;
    g->gap_end -= k;
  } else if (delta > 0) {
    size_t k = (size_t)delta;
    if (k > g->size - g->gap_end) k = g->size - g->gap_end;
    memmove(g->buf + g->gap_start, g->buf + g->gap_end, k);
    g->gap_start += k;
    g->gap_end += k;
  }
}

static void gb_delete_back(struct gapbuf *g, size_t n) {
  if (n > g->gap_start) n = g->gap_start;
  g->gap_start -= n;
}

static char *gb_text(const struct gapbuf *g) {
  size_t len = gb_len(g);
  char *s = malloc(len + 1);
  memcpy(s, g->buf, g->gap_start);
  memcpy(s + g->gap_start, g->buf + g->gap_end, g->size - g->gap_end);
  s[len] = '\0';
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  struct gapbuf g;
  gb_init(&g, 16);
  char word[16];
  for (int i = 0; i < n; i++) {
    snprintf(word, sizeof word, "%.*s ", 1 + i % 4, alpha + i);
    gb_insert(&g, word);
    if (i % 3 == 2) {
      gb_move(&g, -3);
      gb_insert(&g, "|");
      gb_move(&g, 3);
    }
    if (i % 5 == 4) gb_delete_back(&g, 2);
  }
  char *before = gb_text(&g);
  /* "go to start of line": the editor jumps by the line length it cached before the edits */
  long cached_line_len = (long)strlen(before) + 4;
  gb_move(&g, -cached_line_len);
  gb_insert(&g, ">> ");
  char *after = gb_text(&g);
  printf("%zu -> %zu chars\n[%s]\n[%s]\n", strlen(before), strlen(after), before, after);
  free(before);
  free(after);
  free(g.buf);
  return 0;
}
