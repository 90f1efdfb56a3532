// EXPECT: heap-buffer-overflow
// A trie of words for prefix counting and autocomplete. Letters map to child slots 0..25 and
// the apostrophe of contractions ("don't") to slot 26, but the child array has 26 entries, so
// inserting a contraction indexes one past the end of the node.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALPHA 26

struct trie {
  int prefix_count; /* words passing through this node */
  int word_count;   /* words ending here */
  struct trie *child[ALPHA];
};

static int slot_of(int c) {
  if (c == '\'') return ALPHA; /* after 'z' */
  return tolower(c) - 'a';
}

static struct trie *trie_new(void) { return calloc(1, sizeof(struct trie)); }

static int trie_insert(struct trie *t, const char *w) {
  for (const char *p = w; *p; p++) {
    if (!isalpha((unsigned char)*p) && *p != '\'') return -1;
    int s = slot_of(*p);
    if (!t->child[s]) t->child[s] = trie_new(); // BUG
    t->prefix_count++;
    t = t->child[s];
  }
  t->prefix_count++;
  t->word_count++;
  return 0;
}

static const struct trie *trie_find(const struct trie *t, const char *prefix) {
  for (const char *p = prefix; *p && t; p++) {
    int s = slot_of(*p);
    if (s < 0 || s >= ALPHA) return NULL;
    t = t->child[s];
  }
  return t;
}

static int complete(const struct trie *t, char *buf, int depth, int max, int *printed) {
  if (*printed >= max) return 0;
  if (t->word_count) {
    buf[depth] = '\0';
    printf("  %s (%d)\n", buf, t->word_count);
    ++*printed;
  }
  for (int i = 0; i < ALPHA; i++) {
    if (!t->child[i]) continue;
    buf[depth] = (char)('a' + i);
    complete(t->child[i], buf, depth + 1, max, printed);
  }
  return *printed;
}

static void trie_free(struct trie *t) {
  if (!t) return;
  for (int i = 0; i < ALPHA; i++) trie_free(t->child[i]);
  free(t);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *letters = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static const char *corpus[] = { "the", "then", "there", "these", "they", "this", "those", "though",
                                  "through", "throw", "thrown", "do", "does", "done", "don't",
                                  "doesn't", "door" };
  struct trie *root = trie_new();
  int words = 0, rejected = 0;
  char w[16];
  for (int i = 0; i < n; i++) {
    /* synthetic words from the alphabet argument */
    int len = 2 + i % 5;
    for (int j = 0; j < len; j++) w[j] = (char)tolower((unsigned char)letters[(i * 3 + j) % 26]);
    w[len] = '\0';
    if (trie_insert(root, w) == 0) words++; else rejected++;
  }
  for (size_t i = 0; i < sizeof corpus / sizeof *corpus; i++) {
    if (trie_insert(root, corpus[i]) == 0) words++; else rejected++;
  }
  char buf[64];
  const char *prefixes[] = { "th", "do", "de", "x" };
  for (int i = 0; i < 4; i++) {
    const struct trie *t = trie_find(root, prefixes[i]);
    printf("%s: %d words\n", prefixes[i], t ? t->prefix_count : 0);
    if (t) {
      int printed = 0;
      strcpy(buf, prefixes[i]);
      complete(t, buf, (int)strlen(prefixes[i]), 4, &printed);
    }
  }
  printf("%d words, %d rejected\n", words, rejected);
  trie_free(root);
  return 0;
}
