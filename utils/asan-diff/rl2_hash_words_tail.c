// EXPECT: heap-buffer-overflow
// the fast string hash loads 8 bytes at a time and handles the tail with one more full 8-byte load instead of a byte loop, reading past short keys
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static uint64_t load64(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8); // BUG
  return v;
}

static uint64_t fast_hash(const void *key, size_t n, uint64_t seed) {
  const unsigned char *p = key;
  uint64_t h = seed ^ (n * 0x9E3779B97F4A7C15ull);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h ^= load64(p + i) * 0xC2B2AE3D27D4EB4Full;
    h = rotl(h, 31) * 0x165667B19E3779F9ull;
  }
  if (i < n) {
    /* tail: mask off the bytes beyond n (but the load itself reads them) */
    uint64_t t = load64(p + i) & ((1ull << (8 * (n - i))) - 1);
    h ^= t * 0x27D4EB2F165667C5ull;
  }
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return h;
}

struct bucket {
  char *key;
  size_t klen;
  int count;
  struct bucket *next;
};

struct table {
  struct bucket **b;
  size_t n;
  size_t items;
};

static void table_add(struct table *t, const char *key, size_t klen) {
  uint64_t h = fast_hash(key, klen, 42);
  struct bucket **pp = &t->b[h % t->n];
  for (; *pp; pp = &(*pp)->next)
    if ((*pp)->klen == klen && memcmp((*pp)->key, key, klen) == 0) { (*pp)->count++; return; }
  struct bucket *nb = malloc(sizeof *nb);
  nb->key = malloc(klen);   /* exact copy, no terminator */
  memcpy(nb->key, key, klen);
  nb->klen = klen;
  nb->count = 1;
  nb->next = NULL;
  *pp = nb;
  t->items++;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  size_t tl = strlen(text);
  struct table t = {calloc(31, sizeof(struct bucket *)), 31, 0};
  /* heap copies so every key lives in its own block */
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < n * 2; i++) {
      size_t klen = 8 + (size_t)(i % 5) * 4;   /* 8, 12, 16, 20, 24 */
      if (klen > tl) klen = tl;
      char *k = malloc(klen);
      memcpy(k, text + (size_t)i % (tl - klen + 1), klen);
      table_add(&t, k, klen);
      free(k);
    }
  int maxc = 0;
  uint64_t mix = 0;
  for (size_t i = 0; i < t.n; i++)
    for (struct bucket *b = t.b[i]; b; b = b->next) {
      if (b->count > maxc) maxc = b->count;
      mix ^= fast_hash(b->key, b->klen, (uint64_t)b->count);
    }
  printf("items=%zu max=%d mix=%016llx\n", t.items, maxc, (unsigned long long)mix);
  for (size_t i = 0; i < t.n; i++)
    while (t.b[i]) {
      struct bucket *b = t.b[i];
      t.b[i] = b->next;
      free(b->key);
      free(b);
    }
  free(t.b);
  return 0;
}
