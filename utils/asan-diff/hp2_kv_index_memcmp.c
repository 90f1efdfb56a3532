// EXPECT: heap-buffer-overflow
// a sorted key index compares length-prefixed keys with memcmp over the longer key's length; comparing a short key against a longer probe reads past the short key's allocation
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct key {
  size_t len;
  unsigned char *bytes;
  int value;
};

static struct key make_key(const char *s, size_t len, int value) {
  struct key k;
  k.len = len;
  k.bytes = malloc(len);
  memcpy(k.bytes, s, len);
  k.value = value;
  return k;
}

static int key_cmp(const struct key *a, const struct key *b) {
  size_t n = a->len > b->len ? a->len : b->len;
  int c = memcmp(a->bytes, b->bytes, n); // BUG
  if (c) return c;
  return (a->len > b->len) - (a->len < b->len);
}

static int qsort_cmp(const void *a, const void *b) { return key_cmp(a, b); }

struct index {
  struct key *keys;
  size_t n;
};

static const struct key *index_find(const struct index *ix, const struct key *probe) {
  size_t lo = 0, hi = ix->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = key_cmp(&ix->keys[mid], probe);
    if (c == 0) return &ix->keys[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

static size_t dedupe(struct index *ix) {
  if (ix->n == 0) return 0;
  size_t w = 1;
  for (size_t r = 1; r < ix->n; r++) {
    if (ix->keys[r].len == ix->keys[w - 1].len &&
        memcmp(ix->keys[r].bytes, ix->keys[w - 1].bytes, ix->keys[r].len) == 0) {
      ix->keys[w - 1].value += ix->keys[r].value;
      free(ix->keys[r].bytes);
    } else {
      ix->keys[w++] = ix->keys[r];
    }
  }
  size_t removed = ix->n - w;
  ix->n = w;
  return removed;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  size_t al = strlen(alpha);
  struct index ix;
  ix.n = (size_t)n * 2;
  ix.keys = malloc(ix.n * sizeof *ix.keys);
  for (size_t i = 0; i < ix.n; i++) {
    size_t start = (i * 3) % (al - 8);
    size_t len = 8 + i % 5;
    ix.keys[i] = make_key(alpha + start, len, (int)i);
  }
  /* merge adjacent duplicates from the feed, then sort for binary search */
  size_t removed = dedupe(&ix);
  qsort(ix.keys, ix.n, sizeof *ix.keys, qsort_cmp);
  int found = 0;
  long vsum = 0;
  for (int i = 0; i < n; i++) {
    struct key probe = make_key(alpha + (size_t)i, 6 + (size_t)i % 8, 0);
    const struct key *k = index_find(&ix, &probe);
    if (k) {
      found++;
      vsum += k->value;
    }
    free(probe.bytes);
  }
  printf("%zu keys (%zu merged), %d probes found, value sum %ld\n", ix.n, removed, found, vsum);
  for (size_t i = 0; i < ix.n; i++) free(ix.keys[i].bytes);
  free(ix.keys);
  return 0;
}
