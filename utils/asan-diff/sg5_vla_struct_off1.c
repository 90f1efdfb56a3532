// EXPECT: dynamic-stack-buffer-overflow
// A VLA of small structs sized by the element count is initialized with
// `<=`; the last iteration writes the element past the end.
#include <stdio.h>
#include <stdlib.h>
struct cell { short row, col; int weight; };
__attribute__((noinline)) static int sum(const struct cell *c, int n) { int s = 0; for (int i = 0; i < n; i++) s += c[i].weight; return s; }
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 3; /* 7 */
  struct cell cells[n];
  for (int i = 0; i <= n; i++) {
    cells[i].row = (short)(i / 3);
    cells[i].col = (short)(i % 3);
    cells[i].weight = argc + i; // BUG
  }
  printf("%d\n", sum(cells, n));
  return 0;
}
