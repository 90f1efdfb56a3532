// EXPECT: heap-use-after-free
// a dynamic array trims its storage with realloc after a bulk delete; an iterator taken before the trim still points into the old block and is dereferenced afterwards
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct order {
  int id;
  int qty;
  double price;
  char sym[8];
};

struct vec {
  struct order *data;
  size_t len, cap;
};

static void vec_push(struct vec *v, struct order o) {
  if (v->len == v->cap) {
    v->cap = v->cap ? v->cap * 2 : 4;
    v->data = realloc(v->data, v->cap * sizeof *v->data);
  }
  v->data[v->len++] = o;
}

/* Removes filled orders (qty == 0) keeping order; trims the storage when it is mostly empty. */
static size_t vec_compact(struct vec *v) {
  size_t w = 0;
  for (size_t r = 0; r < v->len; r++)
    if (v->data[r].qty != 0) v->data[w++] = v->data[r];
  size_t removed = v->len - w;
  v->len = w;
  if (v->len * 4 <= v->cap && v->cap > 4) {
    size_t ncap = v->len < 4 ? 4 : v->len;
    struct order *nd = realloc(v->data, ncap * sizeof *nd);
    if (nd) {
      v->data = nd;
      v->cap = ncap;
    }
  }
  return removed;
}

struct book {
  struct vec bids;
  double last_trade;
  long volume;
};

/* Matches an incoming sell against resting bids, best price first (bids are kept sorted high to low). */
static int match_sell(struct book *b, int qty, double limit) {
  int filled = 0;
  for (size_t i = 0; i < b->bids.len && qty > 0; i++) {
    struct order *o = &b->bids.data[i];
    if (o->price < limit) break;
    int q = o->qty < qty ? o->qty : qty;
    o->qty -= q;
    qty -= q;
    filled += q;
    b->last_trade = o->price;
    b->volume += q;
  }
  return filled;
}

static void insert_bid(struct book *b, struct order o) {
  vec_push(&b->bids, o);
  size_t i = b->bids.len - 1;
  while (i > 0 && b->bids.data[i - 1].price < b->bids.data[i].price) {
    struct order t = b->bids.data[i - 1];
    b->bids.data[i - 1] = b->bids.data[i];
    b->bids.data[i] = t;
    i--;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct book b;
  memset(&b, 0, sizeof b);
  for (int i = 0; i < n * 2; i++) {
    struct order o = {i, 5 + i % 7, 100.0 - (double)(alpha[(size_t)i % al] - 'A') * 0.25, ""};
    snprintf(o.sym, sizeof o.sym, "%.3s", alpha + (size_t)i % (al - 3));
    insert_bid(&b, o);
  }
  const struct order *best = &b.bids.data[b.bids.len - 1]; /* the lowest bid, kept for the report */
  int filled = match_sell(&b, n * 14, 95.0);
  size_t removed = vec_compact(&b.bids);
  filled += match_sell(&b, 3, 95.0);
  printf("filled %d, removed %zu, %zu resting, last %.2f, volume %ld\n", filled, removed, b.bids.len, b.last_trade,
         b.volume);
  printf("lowest bid was #%d at %.2f\n", best->id, best->price); // BUG
  free(b.bids.data);
  return 0;
}
