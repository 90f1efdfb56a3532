// EXPECT: leak
// A binary search tree with parent pointers (children point back up) whose root is lost; every node is leaked.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct tn { struct tn *l, *r, *up; int key; };
static struct tn *insert(struct tn *root, int key) {
  struct tn *n = calloc(1, sizeof *n); // BUG
  n->key = key;
  if (!root) return n;
  struct tn *c = root;
  for (;;) {
    struct tn **slot = key < c->key ? &c->l : &c->r;
    if (!*slot) { *slot = n; n->up = c; return root; }
    c = *slot;
  }
}
__attribute__((noinline)) static int build(int n) {
  struct tn *root = 0;
  for (int i = 0; i < n; i++) root = insert(root, (i * 7) % n);
  int d = 0;
  for (struct tn *c = root; c; c = c->l) d++;
  return d;
}
__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}
int main(int argc, char **argv) {
  int d = build(atoi(argv[1]));
  scrub();
  printf("%d\n", d);
  return 0;
}
