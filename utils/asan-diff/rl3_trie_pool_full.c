// EXPECT: global-buffer-overflow
// an autocomplete trie takes its nodes from a fixed global pool; the exhaustion test is > instead of >=, so the 65th node is built past the pool
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define POOL_MAX 64
#define ALPHA 26

struct tnode {
  short child[ALPHA];
  short count;
  char terminal;
  char letter;
};

static struct tnode g_pool[POOL_MAX];
static int g_used;
static int g_pool_exhausted;

static int node_new(char letter) {
  if (g_used > POOL_MAX) {
    g_pool_exhausted = 1;
    return -1;
  }
  int id = g_used++;
  struct tnode *n = &g_pool[id];
  for (int i = 0; i < ALPHA; i++) n->child[i] = -1; // BUG
  n->count = 0;
  n->terminal = 0;
  n->letter = letter;
  return id;
}

static int trie_insert(int root, const char *word) {
  int cur = root;
  for (const char *p = word; *p; p++) {
    int c = *p - 'A';
    if (c < 0 || c >= ALPHA) return -1;
    if (g_pool[cur].child[c] < 0) {
      int id = node_new(*p);
      if (id < 0) return -1;
      g_pool[cur].child[c] = (short)id;
    }
    cur = g_pool[cur].child[c];
    g_pool[cur].count++;
  }
  g_pool[cur].terminal = 1;
  return cur;
}

static int trie_find(int root, const char *prefix) {
  int cur = root;
  for (const char *p = prefix; *p && cur >= 0; p++) {
    int c = *p - 'A';
    if (c < 0 || c >= ALPHA) return -1;
    cur = g_pool[cur].child[c];
  }
  return cur;
}

static void complete(int node, char *buf, int depth, int *shown) {
  if (*shown >= 5) return;
  if (g_pool[node].terminal) {
    buf[depth] = '\0';
    printf("    %s\n", buf);
    (*shown)++;
  }
  for (int c = 0; c < ALPHA; c++) {
    int ch = g_pool[node].child[c];
    if (ch >= 0) {
      buf[depth] = (char)('A' + c);
      complete(ch, buf, depth + 1, shown);
    }
  }
}

int main(int argc, char **argv) {
  int wl = argc > 1 ? atoi(argv[1]) : 6;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKL";
  size_t al = strlen(alpha);
  int root = node_new(0);
  char word[32];
  int inserted = 0;
  if (wl > 30) wl = 30;
  for (size_t start = 0; start + (size_t)wl <= al; start += 2) {
    memcpy(word, alpha + start, (size_t)wl);
    word[wl] = '\0';
    if (trie_insert(root, word) < 0) break;
    inserted++;
    word[wl / 2] = '\0';
    if (trie_insert(root, word) < 0) break;
  }
  printf("%d words, %d nodes%s\n", inserted, g_used, g_pool_exhausted ? " (pool full)" : "");
  char buf[64];
  char prefix[3] = {alpha[0], alpha[1], 0};
  int shown = 0, at = trie_find(root, prefix);
  if (at >= 0) {
    memcpy(buf, prefix, 2);
    complete(at, buf, 2, &shown);
  }
  return 0;
}
