// EXPECT: none
// A linked-list walk and an array scan prefetch ahead with __builtin_prefetch,
// including addresses past the end of the heap array and of a freed node:
// a prefetch is only a hint, not an access, and must not be reported.
#include <stdio.h>
#include <stdlib.h>

struct node { struct node *next; int v; };

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *a = malloc(n * sizeof *a);
  for (int i = 0; i < n; i++) a[i] = i + argc;
  long s = 0;
  for (int i = 0; i < n; i++) {
    __builtin_prefetch(&a[i + 8], 0, 0);   /* runs past the block: fine */
    s += a[i];
  }
  struct node *head = 0;
  for (int i = 0; i < n; i++) {
    struct node *x = malloc(sizeof *x);
    x->v = i;
    x->next = head;
    head = x;
  }
  while (head) {
    struct node *next = head->next;
    __builtin_prefetch(next ? next->next : 0, 0, 3);
    s += head->v;
    free(head);
    __builtin_prefetch(head, 1, 1);        /* freed: still only a hint */
    head = next;
  }
  char local[8] = {0};
  __builtin_prefetch(local + 64, 1, 3);
  printf("%ld %d\n", s, local[0]);
  free(a);
  return 0;
}
