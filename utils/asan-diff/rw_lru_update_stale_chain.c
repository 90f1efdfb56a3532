// EXPECT: heap-use-after-free
// An LRU cache: a doubly linked recency list plus a chained hash index. Updating an existing key
// frees the old node and inserts a fresh one at the list head and at the head of its bucket,
// but never unlinks the old node from the bucket chain; a later lookup of another key in the
// same bucket walks over the freed node.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKETS 8

struct node {
  unsigned key;
  char value[24];
  struct node *prev, *next; /* recency list, most recent first */
  struct node *hnext;       /* bucket chain */
};

struct lru {
  struct node *head, *tail;
  struct node *buckets[NBUCKETS];
  int size, cap;
  int hits, misses, evictions;
};

static void list_unlink(struct lru *c, struct node *n) {
  if (n->prev) n->prev->next = n->next; else c->head = n->next;
  if (n->next) n->next->prev = n->prev; else c->tail = n->prev;
  n->prev = n->next = NULL;
}

static void list_push_front(struct lru *c, struct node *n) {
  n->prev = NULL;
  n->next = c->head;
  if (c->head) c->head->prev = n; else c->tail = n;
  c->head = n;
}

static void bucket_remove(struct lru *c, struct node *n) {
  for (struct node **pp = &c->buckets[n->key % NBUCKETS]; *pp; pp = &(*pp)->hnext)
    if (*pp == n) { *pp = n->hnext; return; }
}

static struct node *lookup(struct lru *c, unsigned key) {
  for (struct node *n = c->buckets[key % NBUCKETS]; n; n = n->hnext)
    if (n->key == key) return n; // BUG
  return NULL;
}

static const char *lru_get(struct lru *c, unsigned key) {
  struct node *n = lookup(c, key);
  if (!n) { c->misses++; return NULL; }
  c->hits++;
  list_unlink(c, n);
  list_push_front(c, n);
  return n->value;
}

static void lru_put(struct lru *c, unsigned key, const char *value) {
  struct node *old = lookup(c, key);
  if (old) {
    /* Replace the node: the value may have changed size class in a real cache. */
    list_unlink(c, old);
    free(old);
    c->size--;
  } else if (c->size == c->cap) {
    struct node *victim = c->tail;
    list_unlink(c, victim);
    bucket_remove(c, victim);
    free(victim);
    c->size--;
    c->evictions++;
  }
  struct node *n = calloc(1, sizeof *n);
  n->key = key;
  snprintf(n->value, sizeof n->value, "%s", value);
  list_push_front(c, n);
  n->hnext = c->buckets[key % NBUCKETS];
  c->buckets[key % NBUCKETS] = n;
  c->size++;
}

static void lru_free(struct lru *c) {
  while (c->head) {
    struct node *n = c->head;
    c->head = n->next;
    free(n);
  }
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 10;
  const char *names = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct lru c;
  memset(&c, 0, sizeof c);
  c.cap = 12;
  char val[24];
  unsigned seed = 7;
  for (int r = 0; r < rounds; r++) {
    for (int i = 0; i < 20; i++) {
      seed = seed * 1103515245u + 12345u;
      unsigned key = (seed >> 16) % 30;
      if (!lru_get(&c, key)) {
        snprintf(val, sizeof val, "%c%c-%u", names[key % 26], names[(key * 3) % 26], key);
        lru_put(&c, key, val);
      } else if (i % 7 == 0) {
        snprintf(val, sizeof val, "%c-refreshed-%d", names[key % 26], r);
        lru_put(&c, key, val);
      }
    }
  }
  printf("size %d hits %d misses %d evictions %d head %s\n", c.size, c.hits, c.misses, c.evictions,
         c.head ? c.head->value : "-");
  lru_free(&c);
  return 0;
}
