// EXPECT: none
// An intrusive doubly linked list (Linux-style list_head + container_of)
// whose nodes are embedded in structs living in several stack frames: a
// waiter in each recursive call links itself into a queue owned by the
// outermost frame, the innermost frame walks the queue with container_of
// and offsetof (from the embedded member back to the start of a struct
// whose member is not first), and every frame unlinks its own node before
// returning.
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct list_head {
  struct list_head *next, *prev;
};

#define container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

static void list_init(struct list_head *h) { h->next = h->prev = h; }
static void list_add_tail(struct list_head *n, struct list_head *h) {
  n->prev = h->prev;
  n->next = h;
  h->prev->next = n;
  h->prev = n;
}
static void list_del(struct list_head *n) {
  n->prev->next = n->next;
  n->next->prev = n->prev;
  n->next = n->prev = NULL;
}

struct Waiter {
  char name[20];
  int prio;
  double weight;
  struct list_head link;  // not the first member
  short tail[3];
};

__attribute__((noinline)) static long scan(struct list_head *q) {
  long s = 0;
  for (struct list_head *p = q->next; p != q; p = p->next) {
    struct Waiter *w = container_of(p, struct Waiter, link);
    s += w->prio * 10 + (long)strlen(w->name) + w->tail[2] + (long)w->weight;
  }
  for (struct list_head *p = q->prev; p != q; p = p->prev)
    s -= container_of(p, struct Waiter, link)->tail[0];
  return s;
}

__attribute__((noinline)) static long enqueue(struct list_head *q, int depth, int max) {
  struct Waiter w;
  snprintf(w.name, sizeof w.name, "waiter-%d", depth);
  w.prio = depth % 5;
  w.weight = depth * 1.5;
  w.tail[0] = (short)depth;
  w.tail[1] = 0;
  w.tail[2] = (short)(depth * 2);
  list_add_tail(&w.link, q);
  long r = depth + 1 < max ? enqueue(q, depth + 1, max) : scan(q);
  list_del(&w.link);
  return r + w.prio;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct list_head queue;
  list_init(&queue);
  long t = 0;
  for (int round = 1; round <= n * 5; round++) {
    t += enqueue(&queue, 0, round);
    if (queue.next != &queue) return 1;  // every frame took itself out
  }
  printf("%ld\n", t);
  return 0;
}
