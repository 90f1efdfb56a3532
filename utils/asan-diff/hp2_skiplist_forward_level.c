// EXPECT: heap-buffer-overflow
// a skip list allocates each node with `level` forward pointers but numbers levels from 1 when linking, so a node's top link is written one past its forward array
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LEVEL 8

struct snode {
  int key;
  int value;
  int level;
  struct snode *forward[];
};

struct skiplist {
  struct snode *head;
  int level;
  int size;
  unsigned rng;
};

static unsigned next_rand(struct skiplist *s) {
  s->rng = s->rng * 1103515245u + 12345u;
  return s->rng >> 16;
}

static int random_level(struct skiplist *s) {
  int lvl = 1;
  while (lvl < MAX_LEVEL && (next_rand(s) & 3) == 0) lvl++;
  return lvl;
}

static struct snode *snode_new(int level, int key, int value) {
  struct snode *n = malloc(sizeof *n + (size_t)level * sizeof n->forward[0]);
  n->key = key;
  n->value = value;
  n->level = level;
  for (int i = 0; i < level; i++) n->forward[i] = NULL;
  return n;
}

static void sl_init(struct skiplist *s, unsigned seed) {
  s->head = snode_new(MAX_LEVEL + 1, 0, 0);
  s->level = 1;
  s->size = 0;
  s->rng = seed;
}

static void sl_insert(struct skiplist *s, int key, int value) {
  struct snode *update[MAX_LEVEL + 1];
  struct snode *x = s->head;
  for (int i = s->level; i >= 1; i--) {
    while (x->forward[i] && x->forward[i]->key < key) x = x->forward[i];
    update[i] = x;
  }
  x = x->forward[1];
  if (x && x->key == key) {
    x->value = value;
    return;
  }
  int lvl = random_level(s);
  if (lvl > s->level) {
    for (int i = s->level + 1; i <= lvl; i++) update[i] = s->head;
    s->level = lvl;
  }
  x = snode_new(lvl, key, value);
  for (int i = 1; i <= lvl; i++) {
    x->forward[i] = update[i]->forward[i]; // BUG
    update[i]->forward[i] = x;
  }
  s->size++;
}

static int sl_find(const struct skiplist *s, int key, int *value) {
  const struct snode *x = s->head;
  for (int i = s->level; i >= 1; i--)
    while (x->forward[i] && x->forward[i]->key < key) x = x->forward[i];
  x = x->forward[1];
  if (x && x->key == key) {
    *value = x->value;
    return 1;
  }
  return 0;
}

static void sl_free(struct skiplist *s) {
  struct snode *x = s->head->forward[1];
  while (x) {
    struct snode *n = x->forward[1];
    free(x);
    x = n;
  }
  free(s->head);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct skiplist s;
  sl_init(&s, (unsigned)al * 7919u);
  for (int i = 0; i < n * 4; i++) {
    int key = (alpha[(size_t)i % al] - 'A') * 37 + i % 11;
    sl_insert(&s, key, i);
  }
  int hits = 0, sum = 0, v;
  for (int k = 0; k < 26 * 37; k += 13)
    if (sl_find(&s, k, &v)) {
      hits++;
      sum += v;
    }
  printf("%d keys, level %d, %d probe hits, value sum %d\n", s.size, s.level, hits, sum);
  sl_free(&s);
  return 0;
}
