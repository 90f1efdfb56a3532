// EXPECT: leak
#include <stdlib.h>
struct N { struct N *next; int v; };
int main(void) {
  struct N *h = 0;
  for (int i = 0; i < 10; i++) { struct N *n = malloc(sizeof *n); n->next = h; h = n; }
  h = 0;
  return 0;
}
