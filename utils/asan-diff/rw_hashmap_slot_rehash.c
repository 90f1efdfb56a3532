// EXPECT: heap-use-after-free
// An open-addressing hash map (linear probing, keys copied into the table, rehash at 3/4 load)
// counts words and word pairs. The counting loop keeps the value pointer of the previous
// word's slot across the next insertion; that insertion rehashes, freeing the old slot array.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  char *key;
  int count;
  int follows; /* how often another word followed this one */
};

struct map {
  struct slot *slots;
  size_t cap, used;
};

static uint64_t fnv1a(const char *s) {
  uint64_t h = 1469598103934665603ull;
  while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ull; }
  return h;
}

static void map_init(struct map *m, size_t cap) {
  m->slots = calloc(cap, sizeof *m->slots);
  m->cap = cap;
  m->used = 0;
}

static struct slot *probe(struct slot *slots, size_t cap, const char *key) {
  size_t i = fnv1a(key) & (cap - 1);
  while (slots[i].key && strcmp(slots[i].key, key) != 0) i = (i + 1) & (cap - 1);
  return &slots[i];
}

static void rehash(struct map *m) {
  size_t ncap = m->cap * 2;
  struct slot *ns = calloc(ncap, sizeof *ns);
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].key) *probe(ns, ncap, m->slots[i].key) = m->slots[i];
  free(m->slots);
  m->slots = ns;
  m->cap = ncap;
}

/* The slot of key, inserted with count 0 if absent. */
static struct slot *map_slot(struct map *m, const char *key) {
  if ((m->used + 1) * 4 > m->cap * 3) rehash(m);
  struct slot *s = probe(m->slots, m->cap, key);
  if (!s->key) {
    s->key = strdup(key);
    m->used++;
  }
  return s;
}

static void map_free(struct map *m) {
  for (size_t i = 0; i < m->cap; i++) free(m->slots[i].key);
  free(m->slots);
}

static const char *next_word(const char **p, char *buf, size_t n) {
  const char *s = *p;
  while (*s == ' ') s++;
  if (!*s) return NULL;
  size_t k = 0;
  while (*s && *s != ' ') {
    if (k + 1 < n) buf[k++] = *s;
    s++;
  }
  buf[k] = '\0';
  *p = s;
  return buf;
}

int main(int argc, char **argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char text[2048];
  size_t len = 0;
  for (int r = 0; r < reps; r++)
    for (int i = 0; alpha[i] && len + 8 < sizeof text; i += 1 + r % 3) {
      len += snprintf(text + len, sizeof text - len, "%c%c%s ", alpha[i], alpha[(i * 7 + r) % 26],
                      i % 5 == 0 ? "x" : "");
    }

  struct map m;
  map_init(&m, 8);
  const char *p = text;
  char word[32];
  struct slot *prev = NULL;
  int words = 0;
  while (next_word(&p, word, sizeof word)) {
    struct slot *cur = map_slot(&m, word);
    if (prev) prev->follows++; // BUG
    cur->count++;
    prev = cur;
    words++;
  }

  const char *best = NULL;
  int best_count = 0, follows = 0;
  for (size_t i = 0; i < m.cap; i++) {
    if (!m.slots[i].key) continue;
    follows += m.slots[i].follows;
    if (m.slots[i].count > best_count) { best_count = m.slots[i].count; best = m.slots[i].key; }
  }
  printf("%d words, %zu distinct, cap %zu, %d pairs, most common %s x%d\n", words, m.used, m.cap,
         follows, best ? best : "-", best_count);
  map_free(&m);
  return 0;
}
