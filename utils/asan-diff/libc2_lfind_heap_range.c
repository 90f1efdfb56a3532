// EXPECT: heap-buffer-overflow
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b) { return *(const int *)a != *(const int *)b; }
int main(int argc, char **argv) {
  int *v = malloc(4 * sizeof(int));
  for (int i = 0; i < 4; i++)
    v[i] = i;
  int key = 99;
  size_t n = atoi(argv[1]) - 4;
  int *hit = lfind(&key, v, &n, sizeof(int), cmp); // BUG
  printf("%d\n", hit != 0);
  free(v);
  return 0;
}
