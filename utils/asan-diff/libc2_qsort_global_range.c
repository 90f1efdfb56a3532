// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int vals[8] = {5, 3, 9, 1, 7, 2, 8, 6};
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(int argc, char **argv) {
  qsort(vals, atoi(argv[1]), sizeof vals[0], cmp); // BUG
  printf("%d\n", vals[0]);
  return 0;
}
