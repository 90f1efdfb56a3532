// EXPECT: global-buffer-overflow
// bsearch over a sorted global table is given the count of a table with
// one more entry; a key above every entry makes bsearch compare against
// the element past the end.
#include <stdio.h>
#include <stdlib.h>

static const int g_sorted[7] = {2, 3, 5, 7, 11, 13, 17};
static int g_cmp_calls;

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a;
  int y = *(const int *)b; // BUG
  g_cmp_calls++;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  int key = atoi(argv[1]) * 10 + argc;
  volatile size_t count = 8;
  const int *hit = bsearch(&key, g_sorted, count, sizeof(int), cmp_int);
  printf("%d %d\n", hit ? *hit : -1, g_cmp_calls);
  return 0;
}
