// EXPECT: double-free
// vec_shrink_to_fit treats realloc's NULL as failure and keeps the old pointer; for an emptied vector realloc(p, 0) freed it, so vec_free frees it again
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vec {
  int *data;
  size_t len, cap;
  int reallocs;
};

static void vec_push(struct vec *v, int x) {
  if (v->len == v->cap) {
    size_t nc = v->cap ? v->cap * 2 : 4;
    int *nd = realloc(v->data, nc * sizeof *nd);
    if (!nd) return;
    v->data = nd;
    v->cap = nc;
    v->reallocs++;
  }
  v->data[v->len++] = x;
}

static void vec_shrink_to_fit(struct vec *v) {
  int *nd = realloc(v->data, v->len * sizeof *nd);
  if (nd) {               /* "NULL means failure: keep the old block" */
    v->data = nd;
    v->cap = v->len;
  }
  v->reallocs++;
}

static size_t vec_remove_if_odd(struct vec *v) {
  size_t w = 0;
  for (size_t i = 0; i < v->len; i++)
    if (v->data[i] % 2 == 0) v->data[w++] = v->data[i];
  size_t removed = v->len - w;
  v->len = w;
  return removed;
}

static void vec_free(struct vec *v) {
  free(v->data); // BUG
  v->data = NULL;
  v->len = v->cap = 0;
}

static long vec_sum(const struct vec *v) {
  long s = 0;
  for (size_t i = 0; i < v->len; i++) s += v->data[i];
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "ABC";
  size_t wl = strlen(word);
  struct vec buckets[3];
  memset(buckets, 0, sizeof buckets);
  for (int i = 0; i < n * 6; i++) {
    int c = word[(size_t)i % wl];
    /* bucket 1 only ever gets odd values */
    vec_push(&buckets[i % 3], (i % 3 == 1) ? (c | 1) : c + i);
  }
  size_t removed = 0;
  long total = 0;
  for (int b = 0; b < 3; b++) {
    removed += vec_remove_if_odd(&buckets[b]);
    vec_shrink_to_fit(&buckets[b]);
    total += vec_sum(&buckets[b]);
  }
  printf("removed=%zu total=%ld lens=%zu,%zu,%zu\n", removed, total, buckets[0].len, buckets[1].len,
         buckets[2].len);
  for (int b = 0; b < 3; b++) vec_free(&buckets[b]);
  return 0;
}
