// EXPECT: none
// An open-addressing hash map with tombstones (keys copied into the table, rehash at 3/4 load
// counting tombstones, rehash that drops them). It interns words and deletes every third one;
// pointers into the table are only taken after the last insertion of each round, and the
// probe loop walks the table up to its last slot and wraps.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char TOMB[] = "";

struct slot { char *key; long value; };
struct map { struct slot *slots; size_t cap, live, tombs; };

static uint32_t hash(const char *s) {
  uint32_t h = 2166136261u;
  while (*s) h = (h ^ (unsigned char)*s++) * 16777619u;
  return h;
}

static struct slot *find_slot(struct slot *slots, size_t cap, const char *key, int for_insert) {
  size_t i = hash(key) % cap; /* cap is not a power of two: plain modulo */
  struct slot *first_tomb = NULL;
  for (size_t n = 0; n < cap; n++, i = (i + 1 == cap ? 0 : i + 1)) {
    struct slot *s = &slots[i];
    if (!s->key) return for_insert && first_tomb ? first_tomb : s;
    if (s->key == TOMB) { if (!first_tomb) first_tomb = s; continue; }
    if (strcmp(s->key, key) == 0) return s;
  }
  return first_tomb;
}

static void grow(struct map *m) {
  size_t ncap = m->cap * 2 + 1;
  struct slot *ns = calloc(ncap, sizeof *ns);
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].key && m->slots[i].key != TOMB) *find_slot(ns, ncap, m->slots[i].key, 1) = m->slots[i];
  free(m->slots);
  m->slots = ns;
  m->cap = ncap;
  m->tombs = 0;
}

static void put(struct map *m, const char *key, long v) {
  if ((m->live + m->tombs + 1) * 4 > m->cap * 3) grow(m);
  struct slot *s = find_slot(m->slots, m->cap, key, 1);
  if (s->key && s->key != TOMB) { s->value = v; return; }
  if (s->key == TOMB) m->tombs--;
  size_t n = strlen(key);
  s->key = malloc(n + 1);
  memcpy(s->key, key, n + 1);
  s->value = v;
  m->live++;
}

static int del(struct map *m, const char *key) {
  struct slot *s = find_slot(m->slots, m->cap, key, 0);
  if (!s || !s->key || s->key == TOMB) return 0;
  free(s->key);
  s->key = TOMB;
  m->live--;
  m->tombs++;
  return 1;
}

static const long *get(const struct map *m, const char *key) {
  struct slot *s = find_slot(m->slots, m->cap, key, 0);
  return s && s->key && s->key != TOMB ? &s->value : NULL;
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  size_t alen = strlen(alpha);
  struct map m = { calloc(7, sizeof(struct slot)), 7, 0, 0 };
  char key[48];
  long sum = 0;
  int deleted = 0;
  for (int r = 0; r < rounds; r++) {
    for (size_t i = 0; i < alen; i++) {
      snprintf(key, sizeof key, "%.*s-%d", (int)(1 + (i + r) % alen), alpha, r % 4);
      put(&m, key, (long)(i * 31 + r));
    }
    for (size_t i = 0; i < alen; i += 3) {
      snprintf(key, sizeof key, "%.*s-%d", (int)(1 + (i + r) % alen), alpha, (r + 1) % 4);
      deleted += del(&m, key);
    }
    /* Lookups after the last insertion of the round: pointers stay valid until the next put. */
    const long *a = get(&m, "A-0"), *z = get(&m, "ABCDEFGHIJKLMNOPQRSTUVWXYZ-1");
    sum += (a ? *a : -1) + (z ? *z : -1);
  }
  printf("live %zu tombs %zu cap %zu deleted %d sum %ld\n", m.live, m.tombs, m.cap, deleted, sum);
  for (size_t i = 0; i < m.cap; i++)
    if (m.slots[i].key != TOMB) free(m.slots[i].key);
  free(m.slots);
  return 0;
}
