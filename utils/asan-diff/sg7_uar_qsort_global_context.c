// EXPECT: stack-use-after-return
// qsort has no context argument, so a sorter stores a pointer to its local
// weight table in a global for the comparator. A second sort, run later
// from another function, reuses the comparator while the global still
// points into the first function's dead frame.
#include <stdio.h>
#include <stdlib.h>
static const int *g_weights;
static int by_weight(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  int wx = g_weights[x % 8], wy = g_weights[y % 8]; // BUG
  return (wx > wy) - (wx < wy);
}
__attribute__((noinline)) static int sort_first(int *ids, int n, int seed) {
  int weights[8];
  for (int i = 0; i < 8; i++) weights[i] = (seed * (i + 5)) % 11;
  g_weights = weights;
  qsort(ids, (size_t)n, sizeof ids[0], by_weight);
  return ids[0];
}
__attribute__((noinline)) static int sort_again(int *ids, int n) {
  qsort(ids, (size_t)n, sizeof ids[0], by_weight);
  return ids[n - 1];
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int ids[10];
  for (int i = 0; i < 10; i++) ids[i] = (i * 3 + argc) % 10;
  int a = sort_first(ids, n, argc);
  int b = sort_again(ids, n);
  printf("%d %d\n", a, b);
  return 0;
}
