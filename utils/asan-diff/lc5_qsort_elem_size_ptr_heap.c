// EXPECT: heap-buffer-overflow
// qsort of an int array with sizeof the pointer as the element size.
#include <stdio.h>
#include <stdlib.h>
static int cmp_int(const void *a, const void *b) {
  return (*(const int *)a > *(const int *)b) - (*(const int *)a < *(const int *)b); // BUG
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *a = malloc(n * sizeof *a);
  for (int i = 0; i < n; i++)
    a[i] = n - i;
  qsort(a, n, sizeof a, cmp_int);
  printf("%d\n", a[0]);
  free(a);
  return 0;
}
