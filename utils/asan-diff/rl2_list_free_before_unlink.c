// EXPECT: heap-use-after-free
// list_remove_if frees the matching node and then reads its next field to unlink it
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct task {
  int id;
  int priority;
  char name[20];
  struct task *next;
};

struct task_list {
  struct task *head;
  struct task *tail;
  int size;
};

static struct task *task_new(int id, int prio, const char *name) {
  struct task *t = malloc(sizeof *t);
  t->id = id;
  t->priority = prio;
  snprintf(t->name, sizeof t->name, "%s", name);
  t->next = NULL;
  return t;
}

static void list_append(struct task_list *l, struct task *t) {
  if (l->tail) l->tail->next = t;
  else l->head = t;
  l->tail = t;
  l->size++;
}

static void list_insert_sorted(struct task_list *l, struct task *t) {
  struct task **pp = &l->head;
  while (*pp && (*pp)->priority >= t->priority) pp = &(*pp)->next;
  t->next = *pp;
  *pp = t;
  if (!t->next) l->tail = t;
  l->size++;
}

typedef int (*pred_fn)(const struct task *, int);

static int low_priority(const struct task *t, int limit) { return t->priority < limit; }

static int list_remove_if(struct task_list *l, pred_fn pred, int arg) {
  int removed = 0;
  struct task *prev = NULL, *cur = l->head;
  while (cur) {
    if (pred(cur, arg)) {
      free(cur);
      struct task *next = cur->next; // BUG
      if (prev) prev->next = next;
      else l->head = next;
      if (l->tail == cur) l->tail = prev;
      cur = next;
      l->size--;
      removed++;
    } else {
      prev = cur;
      cur = cur->next;
    }
  }
  return removed;
}

static void list_free(struct task_list *l) {
  struct task *t = l->head;
  while (t) {
    struct task *n = t->next;
    free(t);
    t = n;
  }
  l->head = l->tail = NULL;
  l->size = 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *names = argc > 2 ? argv[2] : "ABCDEF";
  size_t nl = strlen(names);
  struct task_list l = {NULL, NULL, 0};
  char nm[8];
  for (int i = 0; i < n * 2; i++) {
    int prio = (names[(size_t)i % nl] * 7 + i) % 10;
    snprintf(nm, sizeof nm, "t%c%d", names[(size_t)i % nl], i);
    if (i % 3) list_insert_sorted(&l, task_new(i, prio, nm));
    else list_append(&l, task_new(i, prio, nm));
  }
  int before = l.size;
  int removed = list_remove_if(&l, low_priority, n / 3);
  int sum = 0;
  for (struct task *t = l.head; t; t = t->next) sum += t->id * t->priority;
  printf("before=%d removed=%d after=%d sum=%d head=%s\n", before, removed, l.size, sum,
         l.head ? l.head->name : "-");
  list_free(&l);
  return 0;
}
