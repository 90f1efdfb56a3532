// EXPECT: none
// qsort and bsearch over arrays of structs on the stack, with comparators
// that read both elements.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Entry { char key[7]; unsigned char prio; int val; };
static int by_key(const void *a, const void *b) {
  return strncmp(((const struct Entry *)a)->key, ((const struct Entry *)b)->key, 7);
}
static int by_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 3 + 1; /* 31 */
  struct Entry e[31];
  int nums[31];
  for (int i = 0; i < n; i++) {
    snprintf(e[i].key, sizeof e[i].key, "k%05d", (i * 7919) % 1000);
    e[i].prio = (unsigned char)i;
    e[i].val = i * argc;
    nums[i] = (i * 37) % 101 - 50;
  }
  qsort(e, (size_t)n, sizeof e[0], by_key);
  qsort(nums, (size_t)n, sizeof nums[0], by_int);
  struct Entry probe;
  memcpy(probe.key, e[n - 1].key, sizeof probe.key);
  struct Entry *hit = bsearch(&probe, e, (size_t)n, sizeof e[0], by_key);
  int want = nums[0];
  int *h2 = bsearch(&want, nums, (size_t)n, sizeof nums[0], by_int);
  printf("%s %d %d\n", hit ? hit->key : "-", hit ? hit->val : -1, h2 ? *h2 : 0);
  return 0;
}
