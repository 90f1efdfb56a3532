// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
static const int table[] = {2, 3, 5, 7, 11, 13, 17, 19};
__attribute__((noinline)) static int cmp(const void *key, const void *elem) {
  return *(const int *)key - *(const int *)elem; // BUG
}
int main(int argc, char **argv) {
  int *key = malloc(sizeof(int));
  *key = atoi(argv[1]) + 1;
  free(key);
  const int *hit = bsearch(key, table, 8, sizeof(int), cmp);
  printf("%p\n", (const void *)hit);
  return 0;
}
