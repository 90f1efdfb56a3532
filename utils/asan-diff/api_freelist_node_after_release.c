// EXPECT: use-after-poison
// A fixed-size node pool for a linked list over a stack-allocated block (a
// parser that wants no heap traffic): free nodes are chained through their
// first word and poisoned; the pool's own link accesses go through helpers
// exempt from instrumentation. The list-removal code releases a node to the
// pool and then logs the node's key: the node is
// poisoned by then, so the read is a use-after-poison.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
  struct node *next;
  int key;
  int val;
};

struct pool {
  struct node *free;
};

__attribute__((no_sanitize("address"))) static struct node *link_of(struct node *n) {
  return n->next;
}
__attribute__((no_sanitize("address"))) static void set_link(struct node *n, struct node *l) {
  n->next = l;
}

static void pool_init(struct pool *p, struct node *slots, int count) {
  p->free = NULL;
  for (int i = count - 1; i >= 0; i--) {
    set_link(&slots[i], p->free);
    p->free = &slots[i];
  }
  ASAN_POISON_MEMORY_REGION(slots, sizeof(struct node) * count);
}

static struct node *pool_get(struct pool *p) {
  struct node *n = p->free;
  if (!n) return NULL;
  p->free = link_of(n);
  ASAN_UNPOISON_MEMORY_REGION(n, sizeof *n);
  return n;
}

static void pool_put(struct pool *p, struct node *n) {
  set_link(n, p->free);
  p->free = n;
  ASAN_POISON_MEMORY_REGION(n, sizeof *n);
}

static struct node *remove_odd(struct pool *p, struct node *head) {
  struct node **pp = &head;
  struct node *cur = head;
  while (cur) {
    if (cur->key & 1) {
      struct node *next = cur->next;
      *pp = next;
      pool_put(p, cur);
      printf("removed key %d\n", cur->key); // BUG
      cur = next;
    } else {
      pp = &cur->next;
      cur = cur->next;
    }
  }
  return head;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  struct node slots[32];
  struct pool p;
  pool_init(&p, slots, 32);
  struct node *head = NULL;
  for (int i = 0; i < n; i++) {
    struct node *x = pool_get(&p);
    x->key = i;
    x->val = i * i;
    x->next = head;
    head = x;
  }
  head = remove_odd(&p, head);
  long sum = 0;
  for (struct node *x = head; x; x = x->next) sum += x->val;
  printf("sum %ld\n", sum);
  ASAN_UNPOISON_MEMORY_REGION(slots, sizeof slots);
  return 0;
}
