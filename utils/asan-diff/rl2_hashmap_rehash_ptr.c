// EXPECT: heap-use-after-free
// word counting keeps a pointer to the slot of the first word; an insert grows the open-addressing table and the stale slot is copied by value afterwards
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  uint64_t hash;
  char key[24];
  int count;
  int used;
};

struct map {
  struct slot *slots;
  size_t cap, len;
  int grows;
};

static uint64_t hash_str(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ull; }
  return h;
}

static void map_init(struct map *m, size_t cap) {
  m->slots = calloc(cap, sizeof *m->slots);
  m->cap = cap;
  m->len = 0;
  m->grows = 0;
}

static struct slot *probe(struct slot *slots, size_t cap, uint64_t h, const char *key) {
  size_t i = h & (cap - 1);
  while (slots[i].used && (slots[i].hash != h || strcmp(slots[i].key, key) != 0))
    i = (i + 1) & (cap - 1);
  return &slots[i];
}

static void map_grow(struct map *m) {
  size_t ncap = m->cap * 2;
  struct slot *ns = calloc(ncap, sizeof *ns);
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].used)
      *probe(ns, ncap, m->slots[i].hash, m->slots[i].key) = m->slots[i];
  free(m->slots);
  m->slots = ns;
  m->cap = ncap;
  m->grows++;
}

static struct slot *map_upsert(struct map *m, const char *key) {
  if ((m->len + 1) * 4 > m->cap * 3) map_grow(m);
  uint64_t h = hash_str(key);
  struct slot *s = probe(m->slots, m->cap, h, key);
  if (!s->used) {
    s->used = 1;
    s->hash = h;
    snprintf(s->key, sizeof s->key, "%s", key);
    s->count = 0;
    m->len++;
  }
  return s;
}

static void make_word(char *out, size_t cap, const char *alpha, int i) {
  size_t al = strlen(alpha);
  size_t n = 2 + (size_t)(i % 5);
  if (n >= cap) n = cap - 1;
  for (size_t k = 0; k < n; k++) out[k] = alpha[(size_t)(i * 7 + (int)k * 3) % al];
  out[n] = '\0';
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  struct map m;
  map_init(&m, 8);
  char word[16];
  make_word(word, sizeof word, alpha, 0);
  struct slot *first = map_upsert(&m, word);
  first->count++;
  for (int i = 1; i < n * 4; i++) {
    make_word(word, sizeof word, alpha, i);
    map_upsert(&m, word)->count++;
  }
  struct slot snapshot = *first; // BUG
  long total = 0;
  size_t longest = 0;
  for (size_t i = 0; i < m.cap; i++) {
    if (!m.slots[i].used) continue;
    total += m.slots[i].count;
    size_t kl = strlen(m.slots[i].key);
    if (kl > longest) longest = kl;
  }
  printf("distinct=%zu total=%ld grows=%d longest=%zu first=%s:%d\n", m.len, total,
         m.grows, longest, snapshot.key, snapshot.count);
  free(m.slots);
  return 0;
}
