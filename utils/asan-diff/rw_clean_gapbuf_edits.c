// EXPECT: none
// A gap buffer editor core: cursor moves in both directions with memmove (positions clamped
// to the text), insertions grow the buffer when the gap is full, deletions widen the gap, and
// an edit script moves the cursor to both ends of the text and fills the gap to zero width.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gb { char *b; size_t cap, gs, ge; };

static size_t len(const struct gb *g) { return g->cap - (g->ge - g->gs); }

static void move_to(struct gb *g, size_t pos) {
  if (pos > len(g)) pos = len(g);
  if (pos < g->gs) {
    size_t n = g->gs - pos;
    memmove(g->b + g->ge - n, g->b + pos, n);
    g->gs -= n;
    g->ge -= n;
  } else if (pos > g->gs) {
    size_t n = pos - g->gs;
    memmove(g->b + g->gs, g->b + g->ge, n);
    g->gs += n;
    g->ge += n;
  }
}

static void insert(struct gb *g, const char *s, size_t n) {
  if (g->ge - g->gs < n) {
    size_t ncap = (g->cap + n) * 2, after = g->cap - g->ge;
    char *nb = malloc(ncap);
    memcpy(nb, g->b, g->gs);
    memcpy(nb + ncap - after, g->b + g->ge, after);
    free(g->b);
    g->b = nb;
    g->ge = ncap - after;
    g->cap = ncap;
  }
  memcpy(g->b + g->gs, s, n);
  g->gs += n;
}

static void delete_back(struct gb *g, size_t n) { g->gs -= n < g->gs ? n : g->gs; }
static void delete_fwd(struct gb *g, size_t n) { g->ge += n < g->cap - g->ge ? n : g->cap - g->ge; }

static size_t text(const struct gb *g, char *out) {
  memcpy(out, g->b, g->gs);
  memcpy(out + g->gs, g->b + g->ge, g->cap - g->ge);
  out[len(g)] = '\0';
  return len(g);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct gb g = { malloc(8), 8, 0, 8 };
  for (int i = 0; i < n; i++) {
    insert(&g, word + i, 2 + i % 4);
    insert(&g, " ", 1);
    if (i % 3 == 0) move_to(&g, 0);
    if (i % 3 == 1) move_to(&g, (size_t)-1); /* clamped to the end */
    if (i % 4 == 2) { move_to(&g, len(&g) / 2); delete_fwd(&g, 3); delete_back(&g, 2); }
  }
  move_to(&g, len(&g));
  size_t gap = g.ge - g.gs;
  char *fill = malloc(gap);
  memset(fill, '.', gap);
  insert(&g, fill, gap); /* the gap is now zero wide */
  move_to(&g, 0);
  move_to(&g, len(&g));
  char *out = malloc(len(&g) + 1);
  size_t l = text(&g, out);
  printf("%zu chars (cap %zu): %.40s...\n", l, g.cap, out);
  free(out);
  free(fill);
  free(g.b);
  return 0;
}
