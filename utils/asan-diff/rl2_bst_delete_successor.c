// EXPECT: heap-use-after-free
// deleting a node with two children frees the in-order successor first and then copies its key and value into the node
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
  int key;
  char value[12];
  struct node *left, *right;
};

static struct node *node_new(int key, const char *v) {
  struct node *n = calloc(1, sizeof *n);
  n->key = key;
  snprintf(n->value, sizeof n->value, "%s", v);
  return n;
}

static struct node *insert(struct node *root, int key, const char *v) {
  if (!root) return node_new(key, v);
  if (key < root->key) root->left = insert(root->left, key, v);
  else if (key > root->key) root->right = insert(root->right, key, v);
  else snprintf(root->value, sizeof root->value, "%s", v);
  return root;
}

/* Detaches and returns the minimum of the subtree at *pp. */
static struct node *detach_min(struct node **pp) {
  while ((*pp)->left) pp = &(*pp)->left;
  struct node *m = *pp;
  *pp = m->right;
  return m;
}

static struct node *erase(struct node *root, int key, int *found) {
  if (!root) return NULL;
  if (key < root->key) { root->left = erase(root->left, key, found); return root; }
  if (key > root->key) { root->right = erase(root->right, key, found); return root; }
  *found = 1;
  if (!root->left || !root->right) {
    struct node *child = root->left ? root->left : root->right;
    free(root);
    return child;
  }
  struct node *succ = detach_min(&root->right);
  free(succ);
  root->key = succ->key; // BUG
  memcpy(root->value, succ->value, sizeof root->value);
  return root;
}

static int height(const struct node *n) {
  if (!n) return 0;
  int l = height(n->left), r = height(n->right);
  return 1 + (l > r ? l : r);
}

static void walk(const struct node *n, unsigned *h, int *count) {
  if (!n) return;
  walk(n->left, h, count);
  *h = *h * 31 + (unsigned)n->key;
  for (const char *p = n->value; *p; p++) *h = *h * 7 + (unsigned char)*p;
  (*count)++;
  walk(n->right, h, count);
}

static void destroy(struct node *n) {
  if (!n) return;
  destroy(n->left);
  destroy(n->right);
  free(n);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFG";
  size_t al = strlen(alpha);
  struct node *root = NULL;
  char v[8];
  for (int i = 0; i < n * 3; i++) {
    int key = (i * 37 + 11) % (n * 5);
    snprintf(v, sizeof v, "%c%c%d", alpha[(size_t)i % al], alpha[(size_t)key % al], i);
    root = insert(root, key, v);
  }
  int removed = 0;
  for (int i = n * 3 - 1; i >= 0; i -= 4) {   /* late (leaf) keys first, then inner ones */
    int found = 0;
    root = erase(root, (i * 37 + 11) % (n * 5), &found);
    removed += found;
  }
  unsigned h = 0;
  int count = 0;
  walk(root, &h, &count);
  printf("removed=%d left=%d height=%d hash=%08x\n", removed, count, height(root), h);
  destroy(root);
  return 0;
}
