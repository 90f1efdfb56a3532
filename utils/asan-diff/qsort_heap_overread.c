// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b) {
  long x = *(const long *)a, y = *(const long *)b; // BUG
  return (x > y) - (x < y);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long *v = malloc(n * sizeof(long));
  for (int i = 0; i < n; i++) v[i] = (i * 7) % n;
  qsort(v, n + 1, sizeof(long), cmp);
  printf("%ld\n", v[0]);
  free(v);
  return 0;
}
