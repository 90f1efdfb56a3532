// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *p = malloc(4 * sizeof(int));
  p[0] = 1;
  int *q = realloc(p, 4000);
  printf("%d\n", p[0]); // BUG
  free(q);
  return 0;
}
