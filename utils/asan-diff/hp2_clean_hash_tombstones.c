// EXPECT: none
// an open-addressing hash map with tombstone deletion and resize; callers re-look-up after every insert instead of keeping slot pointers, and the final report sorts a snapshot copy
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { EMPTY, LIVE, DEAD };

struct slot {
  int state;
  unsigned hash;
  char *key;
  long value;
};

struct map {
  struct slot *slots;
  size_t cap, live, dead;
};

static unsigned hash_str(const char *s) {
  unsigned h = 5381;
  while (*s) h = h * 33 ^ (unsigned char)*s++;
  return h;
}

static void map_init(struct map *m) {
  m->cap = 8;
  m->slots = calloc(m->cap, sizeof *m->slots);
  m->live = m->dead = 0;
}

static struct slot *find_slot(struct slot *slots, size_t cap, const char *key, unsigned h, int for_insert) {
  size_t i = h & (cap - 1);
  struct slot *tomb = NULL;
  for (;;) {
    struct slot *s = &slots[i];
    if (s->state == EMPTY) return for_insert && tomb ? tomb : s;
    if (s->state == DEAD) {
      if (!tomb) tomb = s;
    } else if (s->hash == h && strcmp(s->key, key) == 0) {
      return s;
    }
    i = (i + 1) & (cap - 1);
  }
}

static void map_rehash(struct map *m, size_t ncap) {
  struct slot *ns = calloc(ncap, sizeof *ns);
  for (size_t i = 0; i < m->cap; i++) {
    if (m->slots[i].state != LIVE) continue;
    struct slot *d = find_slot(ns, ncap, m->slots[i].key, m->slots[i].hash, 1);
    *d = m->slots[i];
  }
  free(m->slots);
  m->slots = ns;
  m->cap = ncap;
  m->dead = 0;
}

static void map_add(struct map *m, const char *key, long delta) {
  if ((m->live + m->dead + 1) * 4 > m->cap * 3) map_rehash(m, m->live * 2 + 2 > m->cap ? m->cap * 2 : m->cap);
  unsigned h = hash_str(key);
  struct slot *s = find_slot(m->slots, m->cap, key, h, 1);
  if (s->state == LIVE) {
    s->value += delta;
    return;
  }
  if (s->state == DEAD) m->dead--;
  s->state = LIVE;
  s->hash = h;
  s->key = strdup(key);
  s->value = delta;
  m->live++;
}

static int map_del(struct map *m, const char *key) {
  struct slot *s = find_slot(m->slots, m->cap, key, hash_str(key), 0);
  if (s->state != LIVE) return 0;
  free(s->key);
  s->key = NULL;
  s->state = DEAD;
  m->live--;
  m->dead++;
  return 1;
}

static long map_get(struct map *m, const char *key) {
  struct slot *s = find_slot(m->slots, m->cap, key, hash_str(key), 0);
  return s->state == LIVE ? s->value : 0;
}

static int by_value(const void *a, const void *b) {
  const struct slot *x = a, *y = b;
  if (x->value != y->value) return x->value < y->value ? 1 : -1;
  return strcmp(x->key, y->key);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct map m;
  map_init(&m);
  char key[16];
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < n * 4; i++) {
      size_t kl = 1 + (size_t)(i % 3);
      for (size_t k = 0; k < kl; k++) key[k] = alpha[(size_t)(i * 5 + (int)k + round) % al];
      key[kl] = '\0';
      map_add(&m, key, i % 7 + 1);
      if (i % 5 == 4) map_del(&m, key);
    }
  }
  long total = map_get(&m, "A") + map_get(&m, "BC");
  struct slot *snap = malloc((m.live ? m.live : 1) * sizeof *snap);
  size_t k = 0;
  for (size_t i = 0; i < m.cap; i++)
    if (m.slots[i].state == LIVE) snap[k++] = m.slots[i];
  qsort(snap, k, sizeof *snap, by_value);
  printf("%zu live, cap %zu, A+BC=%ld\n", m.live, m.cap, total);
  for (size_t i = 0; i < k && i < 4; i++) printf("  %-4s %ld\n", snap[i].key, snap[i].value);
  free(snap);
  for (size_t i = 0; i < m.cap; i++)
    if (m.slots[i].state == LIVE) free(m.slots[i].key);
  free(m.slots);
  return 0;
}
