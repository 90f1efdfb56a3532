// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(int argc, char **argv) {
  int a[5] = {5, 4, 3, 2, 1};
  qsort(a, 7, sizeof(int), cmp); // BUG
  printf("%d\n", a[0]);
  return 0;
}
