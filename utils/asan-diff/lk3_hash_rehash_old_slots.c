// EXPECT: leak
// a string-interning hash set grows by allocating a new slot array and rehashing, but never frees the old array; every growth step leaks the previous table
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct set {
  char **slots;
  size_t cap, len;
};

static unsigned long hash(const char *s) {
  unsigned long h = 1469598103934665603ul;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ul;
  return h;
}

static char **probe(char **slots, size_t cap, const char *s) {
  size_t i = hash(s) & (cap - 1);
  while (slots[i] && strcmp(slots[i], s) != 0) i = (i + 1) & (cap - 1);
  return &slots[i];
}

static void grow(struct set *t) {
  size_t ncap = t->cap * 2;
  char **ns = calloc(ncap, sizeof *ns);
  for (size_t i = 0; i < t->cap; i++)
    if (t->slots[i]) *probe(ns, ncap, t->slots[i]) = t->slots[i];
  t->slots = ns; // BUG
  t->cap = ncap;
}

static const char *intern(struct set *t, const char *s) {
  if ((t->len + 1) * 2 > t->cap) grow(t);
  char **slot = probe(t->slots, t->cap, s);
  if (!*slot) {
    *slot = strdup(s);
    t->len++;
  }
  return *slot;
}

static void set_free(struct set *t) {
  for (size_t i = 0; i < t->cap; i++) free(t->slots[i]);
  free(t->slots);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  size_t al = strlen(alpha);
  struct set t = {calloc(4, sizeof(char *)), 4, 0};
  char word[8];
  const char *prev = NULL;
  int same = 0;
  for (int i = 0; i < n * 4; i++) {
    for (int k = 0; k < 3; k++) word[k] = alpha[(size_t)(i * 7 + k) % al];
    word[3] = '\0';
    const char *w = intern(&t, word);
    if (w == prev) same++;
    prev = w;
  }
  printf("%zu distinct words in %zu slots, %d repeats\n", t.len, t.cap, same);
  set_free(&t);
  return 0;
}
