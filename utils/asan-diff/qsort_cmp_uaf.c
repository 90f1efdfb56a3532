// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
struct item { int key; char name[12]; };
static int by_key(const void *a, const void *b) {
  const struct item *x = *(struct item *const *)a, *y = *(struct item *const *)b;
  return x->key - y->key; // BUG
}
int main(int argc, char **argv) {
  struct item *items[6];
  for (int i = 0; i < 6; i++) { items[i] = malloc(sizeof(struct item)); items[i]->key = (i * 7) % 6; }
  free(items[atoi(argv[1]) / 5]);
  qsort(items, 6, sizeof items[0], by_key);
  printf("%d\n", items[0]->key);
  return 0;
}
