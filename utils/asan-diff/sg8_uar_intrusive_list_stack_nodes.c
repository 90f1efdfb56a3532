// EXPECT: stack-use-after-return
// Subscribers link themselves into a global intrusive list with a node
// that lives in the subscribing function's frame (the pattern is fine
// while the function runs, e.g. around a blocking wait). subscribe()
// returns without unlinking, and the later broadcast walks the list into
// its dead frame.
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; int id; int hits; };
static struct node *g_head;

__attribute__((noinline)) static void subscribe(int id) {
  struct node me = {g_head, id, 0};
  g_head = &me;
  printf("subscribed %d\n", id);
  /* should unlink before returning */
}

__attribute__((noinline)) static int broadcast(void) {
  int n = 0;
  for (struct node *p = g_head; p; p = p->next) {
    p->hits++; // BUG
    n++;
  }
  return n;
}

int main(int argc, char **argv) {
  subscribe(atoi(argv[1]) + argc);
  printf("%d delivered\n", broadcast());
  return 0;
}
