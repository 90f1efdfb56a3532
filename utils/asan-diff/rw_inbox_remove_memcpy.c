// EXPECT: memcpy-param-overlap
// A fixed-capacity message inbox kept sorted by priority in an array of structs. Removing a
// message closes the hole by shifting the tail down one slot with memcpy, whose source and
// destination overlap whenever more than one message follows the hole (memmove was meant).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct msg {
  int prio;
  unsigned id;
  char subject[40];
};

struct inbox {
  struct msg items[32];
  int n;
};

static int inbox_add(struct inbox *b, int prio, unsigned id, const char *subject) {
  if (b->n == 32) return -1;
  int i = b->n;
  while (i > 0 && b->items[i - 1].prio < prio) {
    b->items[i] = b->items[i - 1];
    i--;
  }
  b->items[i].prio = prio;
  b->items[i].id = id;
  snprintf(b->items[i].subject, sizeof b->items[i].subject, "%s", subject);
  b->n++;
  return i;
}

static int inbox_remove(struct inbox *b, unsigned id) {
  for (int i = 0; i < b->n; i++) {
    if (b->items[i].id != id) continue;
    size_t tail = (size_t)(b->n - i - 1);
    memcpy(&b->items[i], &b->items[i + 1], tail * sizeof b->items[0]); // BUG
    b->n--;
    return 0;
  }
  return -1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct inbox *b = calloc(1, sizeof *b);
  char subj[40];
  for (int i = 0; i < n * 2; i++) {
    snprintf(subj, sizeof subj, "re: %.*s #%d", 3 + i % 10, alpha + i % 7, i);
    inbox_add(b, (i * 7) % 5, 100u + (unsigned)i, subj);
  }
  /* read and delete the messages with ids divisible by 3, oldest first */
  int removed = 0;
  for (unsigned id = 100; id < 100u + (unsigned)n * 2; id += 3) removed += inbox_remove(b, id) == 0;
  printf("%d removed, %d left, top: [%d] %s\n", removed, b->n, b->items[0].prio, b->items[0].subject);
  free(b);
  return 0;
}
