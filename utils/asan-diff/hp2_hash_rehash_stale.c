// EXPECT: heap-use-after-free
// a word counter keeps the slot pointer of its "__total__" entry across inserts; the open-addressing table grows, rehashes into a new slot array, and the old slot is written
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  char *key;
  unsigned hash;
  int value;
};

struct table {
  struct slot *slots;
  size_t cap, len;
  int resizes;
};

static unsigned fnv1a(const char *s) {
  unsigned h = 2166136261u;
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 16777619u;
  }
  return h;
}

static void table_init(struct table *t, size_t cap) {
  t->slots = calloc(cap, sizeof *t->slots);
  t->cap = cap;
  t->len = 0;
  t->resizes = 0;
}

static struct slot *probe(struct slot *slots, size_t cap, const char *key, unsigned h) {
  size_t i = h & (cap - 1);
  while (slots[i].key && (slots[i].hash != h || strcmp(slots[i].key, key) != 0))
    i = (i + 1) & (cap - 1);
  return &slots[i];
}

static void table_grow(struct table *t) {
  size_t ncap = t->cap * 2;
  struct slot *ns = calloc(ncap, sizeof *ns);
  for (size_t i = 0; i < t->cap; i++) {
    if (!t->slots[i].key) continue;
    struct slot *d = probe(ns, ncap, t->slots[i].key, t->slots[i].hash);
    *d = t->slots[i];
  }
  free(t->slots);
  t->slots = ns;
  t->cap = ncap;
  t->resizes++;
}

/* Returns the value of key, inserting it as 0 if it is absent. The
   pointer is good until the next insert. */
static int *table_upsert(struct table *t, const char *key) {
  if ((t->len + 1) * 4 > t->cap * 3) table_grow(t);
  unsigned h = fnv1a(key);
  struct slot *s = probe(t->slots, t->cap, key, h);
  if (!s->key) {
    s->key = strdup(key);
    s->hash = h;
    s->value = 0;
    t->len++;
  }
  return &s->value;
}

static int table_get(const struct table *t, const char *key, int *out) {
  unsigned h = fnv1a(key);
  struct slot *s = probe(t->slots, t->cap, key, h);
  if (!s->key) return 0;
  *out = s->value;
  return 1;
}

static int by_count(const void *a, const void *b) {
  const struct slot *x = a, *y = b;
  if (!x->key || !y->key) return (x->key == NULL) - (y->key == NULL);
  if (x->value != y->value) return y->value - x->value;
  return strcmp(x->key, y->key);
}

static void table_free(struct table *t) {
  for (size_t i = 0; i < t->cap; i++) free(t->slots[i].key);
  free(t->slots);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJ";
  size_t al = strlen(alpha);
  struct table t;
  table_init(&t, 8);
  int *total = table_upsert(&t, "__total__");
  char word[16];
  for (int i = 0; i < n * 3; i++) {
    size_t wl = 2 + (size_t)(i % 4);
    for (size_t k = 0; k < wl; k++) word[k] = alpha[(i * 7 + k * 3) % al];
    word[wl] = '\0';
    (*table_upsert(&t, word))++;
    (*total)++; // BUG
  }
  int check = 0;
  table_get(&t, "__total__", &check);
  qsort(t.slots, t.cap, sizeof *t.slots, by_count);
  printf("%zu distinct, %d resizes, total %d\n", t.len, t.resizes, check);
  for (size_t i = 0; i < 5 && i < t.len; i++) printf("  %-10s %d\n", t.slots[i].key, t.slots[i].value);
  table_free(&t);
  return 0;
}
