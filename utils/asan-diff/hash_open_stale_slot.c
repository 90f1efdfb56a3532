// EXPECT: heap-use-after-free
// the value cell of <total> is fetched once and kept: a later insert resizes the table and frees the slot array
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  char *key;      /* NULL: empty */
  uint32_t hash;
  int deleted;    /* tombstone */
  int value;
};

struct table {
  struct slot *slots;
  size_t cap;     /* power of two */
  size_t used;    /* live keys */
  size_t filled;  /* live keys + tombstones */
  size_t resizes;
};

static uint32_t fnv1a(const char *s) {
  uint32_t h = 2166136261u;
  while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; }
  return h;
}

static void ht_init(struct table *t, size_t cap) {
  t->slots = calloc(cap, sizeof *t->slots);
  t->cap = cap;
  t->used = t->filled = t->resizes = 0;
}

static struct slot *probe(struct slot *slots, size_t cap, const char *key, uint32_t h) {
  size_t i = h & (cap - 1);
  struct slot *tomb = NULL;
  for (;;) {
    struct slot *s = &slots[i];
    if (!s->key) {
      if (!s->deleted) return tomb ? tomb : s;
      if (!tomb) tomb = s;
    } else if (s->hash == h && strcmp(s->key, key) == 0) {
      return s;
    }
    i = (i + 1) & (cap - 1);
  }
}

static void ht_resize(struct table *t, size_t ncap) {
  struct slot *old = t->slots;
  size_t ocap = t->cap;
  t->slots = calloc(ncap, sizeof *t->slots);
  t->cap = ncap;
  t->filled = t->used;
  for (size_t i = 0; i < ocap; i++) {
    if (!old[i].key) continue;
    struct slot *s = probe(t->slots, ncap, old[i].key, old[i].hash);
    *s = old[i];
  }
  free(old);
  t->resizes++;
}

/* Returns the value cell for key, inserting 0 if absent. May resize. */
static int *ht_upsert(struct table *t, const char *key) {
  uint32_t h = fnv1a(key);
  struct slot *s = probe(t->slots, t->cap, key, h);
  if (s->key) return &s->value;
  if ((t->filled + 1) * 4 > t->cap * 3) {
    ht_resize(t, t->used * 2 >= t->cap ? t->cap * 2 : t->cap);
    s = probe(t->slots, t->cap, key, h);
  }
  if (!s->deleted) t->filled++;
  s->key = strdup(key);
  s->hash = h;
  s->deleted = 0;
  s->value = 0;
  t->used++;
  return &s->value;
}

static int *ht_find(struct table *t, const char *key) {
  uint32_t h = fnv1a(key);
  struct slot *s = probe(t->slots, t->cap, key, h);
  return s->key ? &s->value : NULL;
}

static int ht_remove(struct table *t, const char *key) {
  uint32_t h = fnv1a(key);
  struct slot *s = probe(t->slots, t->cap, key, h);
  if (!s->key) return 0;
  free(s->key);
  s->key = NULL;
  s->deleted = 1;
  t->used--;
  return 1;
}

static void ht_free(struct table *t) {
  for (size_t i = 0; i < t->cap; i++) free(t->slots[i].key);
  free(t->slots);
}

static int by_value_desc(const void *a, const void *b) {
  const struct slot *x = *(const struct slot *const *)a, *y = *(const struct slot *const *)b;
  if (x->value != y->value) return y->value - x->value;
  return strcmp(x->key, y->key);
}

static void top(struct table *t, const char *title, int k) {
  const struct slot **v = malloc(t->used * sizeof *v);
  size_t n = 0;
  for (size_t i = 0; i < t->cap; i++)
    if (t->slots[i].key) v[n++] = &t->slots[i];
  qsort(v, n, sizeof *v, by_value_desc);
  printf("%s (%zu keys, cap %zu, %zu resizes):", title, t->used, t->cap, t->resizes);
  for (int i = 0; i < k && (size_t)i < n; i++) printf(" %s=%d", v[i]->key, v[i]->value);
  printf("\n");
  free(v);
}

/* A deterministic text: words drawn from a vocabulary by an LCG. */
static const char *vocab[] = {
  "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "and", "runs",
  "into", "forest", "where", "many", "trees", "grow", "tall", "under", "bright", "sun",
};

int main(int argc, char **argv) {
  unsigned seed = argc > 1 ? (unsigned)atoi(argv[1]) : 10;
  const char *letters = argc > 2 ? argv[2] : "XYZ";
  struct table words, bigrams;
  ht_init(&words, 8);
  ht_init(&bigrams, 8);

  char prev[32] = "", word[32], pair[64];
  int *total = NULL;
  for (int i = 0; i < 600; i++) {
    seed = seed * 1103515245u + 12345u;
    unsigned r = (seed >> 16) % 23;
    if (r < 20) snprintf(word, sizeof word, "%s", vocab[r]);
    else snprintf(word, sizeof word, "%c%c", letters[i % 26], letters[(i * 7) % 26]);
    int *cnt = ht_upsert(&words, word);
    (*cnt)++;
    if (!total) total = ht_upsert(&words, "<total>");
    (*total)++; // BUG
    if (prev[0]) {
      snprintf(pair, sizeof pair, "%s %s", prev, word);
      (*ht_upsert(&bigrams, pair))++;
    }
    snprintf(prev, sizeof prev, "%s", word);
  }
  top(&words, "words", 6);
  top(&bigrams, "bigrams", 4);

  /* Drop rare words (tombstones), then reinsert some. */
  int removed = 0;
  for (size_t i = 0; i < words.cap; i++) {
    struct slot *s = &words.slots[i];
    if (s->key && s->value < 3) {
      char k[32];
      snprintf(k, sizeof k, "%s", s->key);
      removed += ht_remove(&words, k);
    }
  }
  for (int i = 0; i < 26; i++) {
    char k[8];
    snprintf(k, sizeof k, "%c%c", letters[i], letters[25 - i]);
    *ht_upsert(&words, k) += i;
  }
  int *fox = ht_find(&words, "fox"), *zz = ht_find(&words, "no-such-word");
  printf("removed %d, fox %d, missing %s\n", removed, fox ? *fox : -1, zz ? "found" : "absent");
  top(&words, "after", 5);
  ht_free(&words);
  ht_free(&bigrams);
  return 0;
}
