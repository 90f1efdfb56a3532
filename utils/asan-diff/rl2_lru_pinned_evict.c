// EXPECT: heap-use-after-free
// lru_get returns the entry itself; the caller keeps it while further puts evict it and then prints its value
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
  char key[16];
  char *value;
  size_t vlen;
  struct entry *prev, *next;     /* recency list, head = most recent */
  struct entry *hnext;           /* hash chain */
};

struct lru {
  struct entry **buckets;
  size_t nbuckets;
  struct entry *head, *tail;
  size_t count, capacity;
  unsigned hits, misses, evictions;
};

static unsigned hash_key(const char *k) {
  unsigned h = 2166136261u;
  while (*k) h = (h ^ (unsigned char)*k++) * 16777619u;
  return h;
}

static void unlink_entry(struct lru *c, struct entry *e) {
  if (e->prev) e->prev->next = e->next; else c->head = e->next;
  if (e->next) e->next->prev = e->prev; else c->tail = e->prev;
  e->prev = e->next = NULL;
}

static void push_front(struct lru *c, struct entry *e) {
  e->next = c->head;
  e->prev = NULL;
  if (c->head) c->head->prev = e;
  c->head = e;
  if (!c->tail) c->tail = e;
}

static struct entry **find_slot(struct lru *c, const char *key) {
  struct entry **pp = &c->buckets[hash_key(key) % c->nbuckets];
  while (*pp && strcmp((*pp)->key, key) != 0) pp = &(*pp)->hnext;
  return pp;
}

static void evict_one(struct lru *c) {
  struct entry *victim = c->tail;
  struct entry **pp = find_slot(c, victim->key);
  *pp = victim->hnext;
  unlink_entry(c, victim);
  free(victim->value);
  free(victim);
  c->count--;
  c->evictions++;
}

static struct entry *lru_get(struct lru *c, const char *key) {
  struct entry *e = *find_slot(c, key);
  if (!e) { c->misses++; return NULL; }
  c->hits++;
  unlink_entry(c, e);
  push_front(c, e);
  return e;
}

static void lru_put(struct lru *c, const char *key, const char *val) {
  struct entry **pp = find_slot(c, key);
  if (*pp) {
    free((*pp)->value);
    (*pp)->value = strdup(val);
    (*pp)->vlen = strlen(val);
    unlink_entry(c, *pp);
    push_front(c, *pp);
    return;
  }
  if (c->count == c->capacity) {
    evict_one(c);
    pp = find_slot(c, key);
  }
  struct entry *e = calloc(1, sizeof *e);
  snprintf(e->key, sizeof e->key, "%s", key);
  e->value = strdup(val);
  e->vlen = strlen(val);
  *pp = e;
  push_front(c, e);
  c->count++;
}

static void lru_destroy(struct lru *c) {
  while (c->tail) evict_one(c);
  free(c->buckets);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t tl = strlen(text);
  struct lru c = {calloc(7, sizeof(struct entry *)), 7, NULL, NULL, 0, (size_t)n / 2, 0, 0, 0};
  char key[16], val[64];
  for (int i = 0; i < n; i++) {
    snprintf(key, sizeof key, "k%d", i);
    snprintf(val, sizeof val, "%.*s-%d", (int)(i % tl) + 1, text, i * i);
    lru_put(&c, key, val);
  }
  struct entry *pinned = lru_get(&c, "k6");   /* most recent now */
  for (int i = n; i < n + n / 2 + 1; i++) {   /* enough to push k6 out */
    snprintf(key, sizeof key, "k%d", i);
    snprintf(val, sizeof val, "%.*s", (int)(i % tl) + 1, text);
    lru_put(&c, key, val);
    lru_get(&c, key);
  }
  size_t pinned_len = pinned ? pinned->vlen : 0; // BUG
  printf("hits=%u misses=%u evictions=%u count=%zu pinned_len=%zu\n", c.hits, c.misses,
         c.evictions, c.count, pinned_len);
  lru_destroy(&c);
  return 0;
}
