// EXPECT: stack-use-after-return
// A registration function links a heap node into a list whose name field
// points at the function's local char array; a later traversal reads it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct node { const char *name; int id; struct node *next; };
static struct node *head;
__attribute__((noinline)) static void add(int id, const char *tag) {
  char name[16];
  snprintf(name, sizeof name, "%s-%d", tag, id);
  struct node *n = malloc(sizeof *n);
  n->name = name;
  n->id = id;
  n->next = head;
  head = n;
}
int main(int argc, char **argv) {
  add(atoi(argv[1]), "job");
  long s = 0;
  for (struct node *n = head; n; n = n->next)
    s += n->name[0] + n->id; // BUG
  printf("%ld %d\n", s, argc);
  free(head);
  return 0;
}
