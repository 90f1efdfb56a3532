// EXPECT: negative-size-param
// A gap buffer, the data structure of a text editor: text before the gap, the gap, text after
// it. Moving the cursor moves bytes across the gap with memmove. The move-left path computes
// the byte count as gap_start - pos, but a caller passes a position after the gap (a search
// hit in the text after the cursor), and the count goes negative.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gapbuf {
  char *buf;
  long cap;
  long gap_start, gap_end; /* [gap_start, gap_end) is free */
};

static void gb_init(struct gapbuf *g, long cap) {
  g->buf = malloc((size_t)cap);
  g->cap = cap;
  g->gap_start = 0;
  g->gap_end = cap;
}

static long gb_len(const struct gapbuf *g) { return g->cap - (g->gap_end - g->gap_start); }

static void gb_grow(struct gapbuf *g, long need) {
  if (g->gap_end - g->gap_start >= need) return;
  long ncap = g->cap * 2 + need;
  char *nb = malloc((size_t)ncap);
  long after = g->cap - g->gap_end;
  memcpy(nb, g->buf, (size_t)g->gap_start);
  memcpy(nb + ncap - after, g->buf + g->gap_end, (size_t)after);
  free(g->buf);
  g->buf = nb;
  g->gap_end = ncap - after;
  g->cap = ncap;
}

static void gb_insert(struct gapbuf *g, const char *s, long n) {
  gb_grow(g, n);
  memcpy(g->buf + g->gap_start, s, (size_t)n);
  g->gap_start += n;
}

/* Move the gap so that it starts at logical position pos. */
static void gb_move_left(struct gapbuf *g, long pos) {
  long n = g->gap_start - pos;
  memmove(g->buf + g->gap_end - n, g->buf + pos, (size_t)n); // BUG
  g->gap_start -= n;
  g->gap_end -= n;
}

static void gb_move_right(struct gapbuf *g, long pos) {
  long n = pos - g->gap_start;
  memmove(g->buf + g->gap_start, g->buf + g->gap_end, (size_t)n);
  g->gap_start += n;
  g->gap_end += n;
}

static char gb_at(const struct gapbuf *g, long i) {
  return i < g->gap_start ? g->buf[i] : g->buf[i + (g->gap_end - g->gap_start)];
}

static long gb_find(const struct gapbuf *g, char c) {
  for (long i = 0; i < gb_len(g); i++)
    if (gb_at(g, i) == c) return i;
  return -1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct gapbuf g;
  gb_init(&g, 16);
  for (int i = 0; i < n; i++) {
    gb_insert(&g, word, 3 + i % 5);
    gb_insert(&g, " ", 1);
  }
  gb_move_left(&g, 4);   /* cursor to the start of the second word */
  gb_insert(&g, "<<", 2);
  gb_move_right(&g, 12);
  gb_insert(&g, ">>", 2);
  long hit = gb_find(&g, '<');
  gb_move_left(&g, hit >= 0 ? hit : 0); /* back to the marker */
  gb_move_left(&g, gb_find(&g, '>'));   /* "jump to the closing marker" */
  printf("%ld bytes, gap at %ld..%ld:", gb_len(&g), g.gap_start, g.gap_end);
  for (long i = 0; i < gb_len(&g) && i < 40; i++) putchar(gb_at(&g, i));
  putchar('\n');
  free(g.buf);
  return 0;
}
