// EXPECT: leak
// a binary search tree's destroy function recurses only into the left subtree, so every right subtree (and the strings its nodes own) is leaked
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
  int key;
  char *label;
  struct node *left, *right;
};

static struct node *insert(struct node *t, int key, const char *label) {
  if (!t) {
    struct node *n = calloc(1, sizeof *n);
    n->key = key;
    n->label = strdup(label);
    return n;
  }
  if (key < t->key) t->left = insert(t->left, key, label);
  else if (key > t->key) t->right = insert(t->right, key, label);
  return t;
}

static void destroy(struct node *t) {
  if (!t) return;
  destroy(t->left); // BUG
  free(t->label);
  free(t);
}

static int height(const struct node *t) {
  if (!t) return 0;
  int l = height(t->left), r = height(t->right);
  return 1 + (l > r ? l : r);
}

static int count(const struct node *t) { return t ? 1 + count(t->left) + count(t->right) : 0; }

static void inorder(const struct node *t, char *out, size_t cap, size_t *len) {
  if (!t) return;
  inorder(t->left, out, cap, len);
  if (*len + 2 < cap) {
    out[(*len)++] = t->label[0];
    out[*len] = '\0';
  }
  inorder(t->right, out, cap, len);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct node *root = NULL;
  char label[16];
  for (int i = 0; i < n; i++) {
    int key = (i * 37 + 11) % 53;
    snprintf(label, sizeof label, "%c-%d", alpha[(size_t)key % al], key);
    root = insert(root, key, label);
  }
  char order[64];
  size_t len = 0;
  order[0] = '\0';
  inorder(root, order, sizeof order, &len);
  printf("%d nodes, height %d, inorder %s\n", count(root), height(root), order);
  destroy(root);
  root = NULL;
  return 0;
}
