// EXPECT: memcpy-param-overlap
// the gap buffer moves text across the gap with memcpy; when the cursor moves by more than the gap is wide, source and destination overlap
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gapbuf {
  char *buf;
  size_t cap;
  size_t gap_start, gap_end;   /* [gap_start, gap_end) is free */
};

static void gb_init(struct gapbuf *g, size_t cap) {
  g->buf = malloc(cap);
  g->cap = cap;
  g->gap_start = 0;
  g->gap_end = cap;
}

static size_t gb_len(const struct gapbuf *g) { return g->cap - (g->gap_end - g->gap_start); }

static void gb_grow(struct gapbuf *g, size_t need) {
  if (g->gap_end - g->gap_start >= need) return;
  size_t ncap = g->cap * 2 + need;
  char *nb = malloc(ncap);
  size_t tail = g->cap - g->gap_end;
  memcpy(nb, g->buf, g->gap_start);
  memcpy(nb + ncap - tail, g->buf + g->gap_end, tail);
  free(g->buf);
  g->buf = nb;
  g->gap_end = ncap - tail;
  g->cap = ncap;
}

/* Moves the gap so that it starts at pos. */
static void gb_move(struct gapbuf *g, size_t pos) {
  if (pos < g->gap_start) {
    size_t n = g->gap_start - pos;
    memcpy(g->buf + g->gap_end - n, g->buf + pos, n); // BUG
    g->gap_start = pos;
    g->gap_end -= n;
  } else if (pos > g->gap_start) {
    size_t n = pos - g->gap_start;
    memmove(g->buf + g->gap_start, g->buf + g->gap_end, n);
    g->gap_start += n;
    g->gap_end += n;
  }
}

static void gb_insert(struct gapbuf *g, size_t pos, const char *s) {
  size_t n = strlen(s);
  gb_move(g, pos);
  gb_grow(g, n);
  memcpy(g->buf + g->gap_start, s, n);
  g->gap_start += n;
}

static void gb_delete(struct gapbuf *g, size_t pos, size_t n) {
  gb_move(g, pos);
  if (n > g->cap - g->gap_end) n = g->cap - g->gap_end;
  g->gap_end += n;
}

static char *gb_text(const struct gapbuf *g) {
  size_t len = gb_len(g);
  char *out = malloc(len + 1);
  memcpy(out, g->buf, g->gap_start);
  memcpy(out + g->gap_start, g->buf + g->gap_end, g->cap - g->gap_end);
  out[len] = '\0';
  return out;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "hello";
  struct gapbuf g;
  gb_init(&g, 16);
  char piece[40];
  for (int i = 0; i < n; i++) {
    snprintf(piece, sizeof piece, "%.*s%d ", 1 + i % 4, word + i, i);
    gb_insert(&g, gb_len(&g), piece);        /* append */
  }
  /* fill most of the gap so it is narrow, then jump back to the start */
  gb_insert(&g, gb_len(&g), word);
  gb_insert(&g, gb_len(&g) / 2, "<mid>");
  gb_delete(&g, 3, 2);
  gb_insert(&g, 0, "^");
  char *text = gb_text(&g);
  unsigned h = 0;
  for (char *p = text; *p; p++) h = h * 131 + (unsigned char)*p;
  printf("len=%zu cap=%zu hash=%08x text=%.30s\n", gb_len(&g), g.cap, h, text);
  free(text);
  free(g.buf);
  return 0;
}
