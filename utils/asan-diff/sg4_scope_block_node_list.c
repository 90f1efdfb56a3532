// EXPECT: stack-use-after-scope
// Each iteration links its block-scope node into a list; after the loop
// the list is walked, all its nodes out of scope.
#include <stdio.h>
#include <stdlib.h>
struct Node { int v; struct Node *next; };
__attribute__((noinline)) static struct Node *push(struct Node *n, struct Node *head) {
  n->next = head;
  return n;
}
int main(int argc, char **argv) {
  struct Node *head = 0;
  int n = atoi(argv[1]) / 5;
  for (int i = 0; i < n; i++) {
    struct Node node = {i * argc, 0};
    head = push(&node, head);
  }
  printf("%d\n", head->v); // BUG
  return 0;
}
