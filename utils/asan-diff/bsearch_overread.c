// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int tbl[8] = {1, 2, 3, 5, 8, 13, 21, 34};
static int cmp(const void *a, const void *b) {
  return *(const int *)a - *(const int *)b; // BUG
}
int main(int argc, char **argv) {
  int key = 100 * atoi(argv[1]);
  int *r = bsearch(&key, tbl, atoi(argv[1]), sizeof(int), cmp);
  printf("%p\n", (void *)r);
  return 0;
}
