// EXPECT: bad-free
// a tagged allocator puts a header before each block and hands out the byte after it; the cache's eviction path calls free() on the user pointer instead of tagged_free()
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tag_header {
  uint32_t magic;
  uint16_t tag;
  uint16_t flags;
  size_t size;
};

#define TAG_MAGIC 0x7a67u
enum { TAG_STRING = 1, TAG_ENTRY = 2, TAG_TABLE = 3 };

static size_t live_bytes[4];

static void *tagged_alloc(size_t size, uint16_t tag) {
  struct tag_header *h = malloc(sizeof *h + size);
  if (!h) return NULL;
  h->magic = TAG_MAGIC;
  h->tag = tag;
  h->flags = 0;
  h->size = size;
  live_bytes[tag] += size;
  return h + 1;
}

static void tagged_free(void *p) {
  if (!p) return;
  struct tag_header *h = (struct tag_header *)p - 1;
  if (h->magic != TAG_MAGIC) abort();
  live_bytes[h->tag] -= h->size;
  h->magic = 0;
  free(h);
}

static char *tagged_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = tagged_alloc(n, TAG_STRING);
  memcpy(d, s, n);
  return d;
}

struct entry {
  char *key;
  char *value;
  unsigned stamp;
};

struct cache {
  struct entry **slots;
  int cap, count;
  unsigned clock;
};

static void cache_init(struct cache *c, int cap) {
  c->slots = tagged_alloc((size_t)cap * sizeof *c->slots, TAG_TABLE);
  memset(c->slots, 0, (size_t)cap * sizeof *c->slots);
  c->cap = cap;
  c->count = 0;
  c->clock = 0;
}

static void entry_destroy(struct entry *e) {
  tagged_free(e->key);
  free(e->value); // BUG
  tagged_free(e);
}

static void cache_put(struct cache *c, const char *key, const char *value) {
  int oldest = -1;
  for (int i = 0; i < c->count; i++) {
    if (strcmp(c->slots[i]->key, key) == 0) {
      tagged_free(c->slots[i]->value);
      c->slots[i]->value = tagged_strdup(value);
      c->slots[i]->stamp = ++c->clock;
      return;
    }
    if (oldest < 0 || c->slots[i]->stamp < c->slots[oldest]->stamp) oldest = i;
  }
  struct entry *e = tagged_alloc(sizeof *e, TAG_ENTRY);
  e->key = tagged_strdup(key);
  e->value = tagged_strdup(value);
  e->stamp = ++c->clock;
  if (c->count < c->cap) {
    c->slots[c->count++] = e;
  } else {
    entry_destroy(c->slots[oldest]);
    c->slots[oldest] = e;
  }
}

static const char *cache_get(struct cache *c, const char *key) {
  for (int i = 0; i < c->count; i++)
    if (strcmp(c->slots[i]->key, key) == 0) {
      c->slots[i]->stamp = ++c->clock;
      return c->slots[i]->value;
    }
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct cache c;
  cache_init(&c, 4);
  char key[16], val[32];
  int hits = 0;
  for (int i = 0; i < n; i++) {
    snprintf(key, sizeof key, "k%d", i % 6);
    if (cache_get(&c, key)) {
      hits++;
      continue;
    }
    snprintf(val, sizeof val, "%.*s", (int)(1 + (size_t)i % (al - 1)), alpha);
    cache_put(&c, key, val);
  }
  printf("hits %d, live strings %zu entries %zu\n", hits, live_bytes[TAG_STRING], live_bytes[TAG_ENTRY]);
  for (int i = 0; i < c.count; i++) entry_destroy(c.slots[i]);
  tagged_free(c.slots);
  return 0;
}
