// EXPECT: heap-buffer-overflow
// an autocomplete trie keeps 26 children per node in a flexible array and maps a character with c - 'A'; a key containing '[' (the next ASCII code after 'Z') indexes child 26
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALPHA 26

struct node {
  int count;     /* words passing through */
  int terminal;  /* words ending here */
  int nchildren;
  struct node *child[ALPHA];
};

static struct node *node_new(void) {
  struct node *n = calloc(1, sizeof *n);
  return n;
}

static int char_index(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  return c - 'A';
}

static void trie_insert(struct node *root, const char *w) {
  struct node *n = root;
  n->count++;
  for (; *w; w++) {
    int i = char_index(*w);
    if (i < 0) continue;
    if (!n->child[i]) { // BUG
      n->child[i] = node_new();
      n->nchildren++;
    }
    n = n->child[i];
    n->count++;
  }
  n->terminal++;
}

static const struct node *trie_find(const struct node *root, const char *prefix) {
  const struct node *n = root;
  for (; *prefix && n; prefix++) {
    int i = char_index(*prefix);
    if (i < 0 || i >= ALPHA) return NULL;
    n = n->child[i];
  }
  return n;
}

/* Collects up to max completions below n into out. */
static int complete(const struct node *n, char *buf, size_t depth, char out[][32], int max, int found) {
  if (found >= max || depth >= 31) return found;
  if (n->terminal) {
    memcpy(out[found], buf, depth);
    out[found][depth] = '\0';
    found++;
  }
  for (int i = 0; i < ALPHA && found < max; i++) {
    if (!n->child[i]) continue;
    buf[depth] = (char)('a' + i);
    found = complete(n->child[i], buf, depth + 1, out, max, found);
  }
  return found;
}

static void trie_free(struct node *n) {
  for (int i = 0; i < ALPHA; i++)
    if (n->child[i]) trie_free(n->child[i]);
  free(n);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  size_t al = strlen(alpha);
  struct node *root = node_new();
  char word[24];
  for (int i = 0; i < n * 3; i++) {
    size_t len = 2 + (size_t)(i % 5);
    for (size_t k = 0; k < len; k++) {
      char c = alpha[(size_t)(i * 7 + (int)k) % al];
      /* shifted keys come from a legacy table that encoded letters +1 */
      word[k] = (i % 4 == 3) ? (char)(c + 1) : c;
    }
    word[len] = '\0';
    trie_insert(root, word);
  }
  char buf[32], out[8][32];
  const struct node *p = trie_find(root, "D");
  int k = p ? complete(p, buf, 0, out, 8, 0) : 0;
  printf("%d words, %d completions under D\n", root->count, k);
  for (int i = 0; i < k; i++) printf("  d%s\n", out[i]);
  trie_free(root);
  return 0;
}
