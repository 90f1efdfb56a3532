// EXPECT: stack-buffer-underflow
// Three levels of nesting (array of structs of arrays of structs of char
// arrays) on the stack; a cell pointer stepped back by a computed amount
// lands before the whole object.
#include <stdio.h>
#include <stdlib.h>
struct cell { char c[3]; };
struct row { struct cell cells[4]; };
struct grid { short id; struct row rows[2]; };
int main(int argc, char **argv) {
  struct grid g[2];
  for (int i = 0; i < 2; i++) {
    g[i].id = (short)i;
    for (int r = 0; r < 2; r++)
      for (int c = 0; c < 4; c++) g[i].rows[r].cells[c].c[0] = g[i].rows[r].cells[c].c[1] = g[i].rows[r].cells[c].c[2] = 'a' + c;
  }
  char *p = &g[0].rows[0].cells[0].c[0];
  int back = atoi(argv[1]) - 4; // 6
  char v = p[-back]; // BUG
  printf("%d %d\n", v, g[1].id + argc);
  return 0;
}
