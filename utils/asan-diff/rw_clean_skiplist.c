// EXPECT: none
// A skip list of integer keys with string values. Each node is allocated with exactly as many
// forward pointers as its level (a flexible array member), searches and deletions only touch
// levels below the node's own, and the random level is capped at MAXLEVEL - 1.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXLEVEL 8

struct node {
  int key;
  char *value;
  int level;
  struct node *next[]; /* level entries */
};

struct skiplist {
  struct node *head; /* MAXLEVEL entries */
  int level;
  int size;
  unsigned seed;
};

static struct node *node_new(int level, int key, const char *value) {
  struct node *n = malloc(sizeof *n + (size_t)level * sizeof n->next[0]);
  n->key = key;
  n->value = value ? strdup(value) : NULL;
  n->level = level;
  for (int i = 0; i < level; i++) n->next[i] = NULL;
  return n;
}

static int random_level(struct skiplist *s) {
  int lvl = 1;
  while (lvl < MAXLEVEL) {
    s->seed = s->seed * 1103515245u + 12345u;
    if ((s->seed >> 16) & 1) break;
    lvl++;
  }
  return lvl;
}

static void sl_insert(struct skiplist *s, int key, const char *value) {
  struct node *update[MAXLEVEL];
  struct node *x = s->head;
  for (int i = s->level - 1; i >= 0; i--) {
    while (x->next[i] && x->next[i]->key < key) x = x->next[i];
    update[i] = x;
  }
  x = x->next[0];
  if (x && x->key == key) {
    free(x->value);
    x->value = strdup(value);
    return;
  }
  int lvl = random_level(s);
  for (int i = s->level; i < lvl; i++) update[i] = s->head;
  if (lvl > s->level) s->level = lvl;
  struct node *n = node_new(lvl, key, value);
  for (int i = 0; i < lvl; i++) {
    n->next[i] = update[i]->next[i];
    update[i]->next[i] = n;
  }
  s->size++;
}

static int sl_delete(struct skiplist *s, int key) {
  struct node *update[MAXLEVEL];
  struct node *x = s->head;
  for (int i = s->level - 1; i >= 0; i--) {
    while (x->next[i] && x->next[i]->key < key) x = x->next[i];
    update[i] = x;
  }
  x = x->next[0];
  if (!x || x->key != key) return 0;
  for (int i = 0; i < x->level; i++)
    if (update[i]->next[i] == x) update[i]->next[i] = x->next[i];
  while (s->level > 1 && !s->head->next[s->level - 1]) s->level--;
  free(x->value);
  free(x);
  s->size--;
  return 1;
}

static const char *sl_find(const struct skiplist *s, int key) {
  const struct node *x = s->head;
  for (int i = s->level - 1; i >= 0; i--)
    while (x->next[i] && x->next[i]->key < key) x = x->next[i];
  x = x->next[0];
  return x && x->key == key ? x->value : NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct skiplist s = { node_new(MAXLEVEL, -1, NULL), 1, 0, 42 };
  char v[32];
  for (int i = 0; i < n * 20; i++) {
    int key = (i * 37) % (n * 13);
    snprintf(v, sizeof v, "%.*s%d", 1 + i % 5, alpha + i % 20, key);
    sl_insert(&s, key, v);
  }
  int deleted = 0;
  for (int k = 0; k < n * 13; k += 3) deleted += sl_delete(&s, k);
  int found = 0;
  for (int k = 0; k < n * 13; k++) found += sl_find(&s, k) != NULL;
  int hist[MAXLEVEL] = { 0 };
  for (struct node *x = s.head->next[0]; x; x = x->next[0]) hist[x->level - 1]++;
  printf("size %d, deleted %d, found %d, level %d, levels:", s.size, deleted, found, s.level);
  for (int i = 0; i < MAXLEVEL; i++) printf(" %d", hist[i]);
  printf("\n");
  while (s.head) {
    struct node *x = s.head;
    s.head = x->next[0];
    free(x->value);
    free(x);
  }
  return 0;
}
