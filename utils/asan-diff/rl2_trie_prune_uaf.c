// EXPECT: heap-use-after-free
// trie_remove prunes an emptied child and then decrements the prefix count through the freed child pointer
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FANOUT 26

struct trie {
  struct trie *kids[FANOUT];
  int prefix_count;   /* words passing through */
  int terminal;
};

static struct trie *trie_new(void) { return calloc(1, sizeof(struct trie)); }

static int slot(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A';
  return -1;
}

static void trie_add(struct trie *t, const char *w) {
  t->prefix_count++;
  for (; *w; w++) {
    int s = slot(*w);
    if (s < 0) continue;
    if (!t->kids[s]) t->kids[s] = trie_new();
    t = t->kids[s];
    t->prefix_count++;
  }
  t->terminal++;
}

static int trie_count_prefix(const struct trie *t, const char *p) {
  for (; *p && t; p++) {
    int s = slot(*p);
    if (s >= 0) t = t->kids[s];
  }
  return t ? t->prefix_count : 0;
}

static void trie_free(struct trie *t) {
  if (!t) return;
  for (int i = 0; i < FANOUT; i++) trie_free(t->kids[i]);
  free(t);
}

/* Removes one occurrence of w; returns 1 if it was there. */
static int trie_remove(struct trie *t, const char *w) {
  while (*w && slot(*w) < 0) w++;
  if (!*w) {
    if (!t->terminal) return 0;
    t->terminal--;
    t->prefix_count--;
    return 1;
  }
  struct trie *child = t->kids[slot(*w)];
  if (!child || !trie_remove(child, w + 1)) return 0;
  if (child->prefix_count == 0) {
    trie_free(child);
    t->kids[slot(*w)] = NULL;
  }
  t->prefix_count = child->prefix_count + 1 > t->prefix_count ? t->prefix_count // BUG
                                                               : t->prefix_count - 1;
  return 1;
}

static int trie_words(const struct trie *t) {
  int n = t->terminal;
  for (int i = 0; i < FANOUT; i++)
    if (t->kids[i]) n += trie_words(t->kids[i]);
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "abcdefgh";
  size_t al = strlen(alpha);
  struct trie *root = trie_new();
  char w[16];
  for (int i = 0; i < n * 4; i++) {
    int len = 2 + i % 6;
    for (int k = 0; k < len; k++) w[k] = alpha[(size_t)(i * 3 + k * k) % al];
    w[len] = '\0';
    trie_add(root, w);
  }
  int words = trie_words(root);
  int pre = trie_count_prefix(root, "A");
  int removed = 0;
  for (int i = 0; i < n * 4; i += 2) {
    int len = 2 + i % 6;
    for (int k = 0; k < len; k++) w[k] = alpha[(size_t)(i * 3 + k * k) % al];
    w[len] = '\0';
    removed += trie_remove(root, w);
  }
  printf("words=%d prefixA=%d removed=%d left=%d root=%d\n", words, pre, removed,
         trie_words(root), root->prefix_count);
  trie_free(root);
  return 0;
}
