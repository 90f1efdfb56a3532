// EXPECT: none
// qsort and bsearch with the right counts and element sizes, keys at the tables' ends.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct code {
  int key;
  const char *name;
};
struct code codes[] = {{1, "one"}, {3, "three"}, {5, "five"}, {7, "seven"}};
static int cmp_int(const void *a, const void *b) {
  return (*(const int *)a > *(const int *)b) - (*(const int *)a < *(const int *)b);
}
static int cmp_code(const void *k, const void *e) {
  return *(const int *)k - ((const struct code *)e)->key;
}
static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *a = malloc(n * sizeof *a);
  for (int i = 0; i < n; i++)
    a[i] = n - i;
  qsort(a, n, sizeof *a, cmp_int);
  int key = n;
  int *hit = bsearch(&key, a, n, sizeof *a, cmp_int);
  int k7 = 7, k8 = 8;
  struct code *c7 = bsearch(&k7, codes, sizeof codes / sizeof codes[0], sizeof codes[0], cmp_code);
  struct code *c8 = bsearch(&k8, codes, sizeof codes / sizeof codes[0], sizeof codes[0], cmp_code);
  char *names[4] = {argv[2] + 3, argv[2] + 1, argv[2] + 20, argv[2]};
  qsort(names, 4, sizeof names[0], cmp_str);
  printf("%d %td %s %d %s\n", a[0], hit - a, c7->name, c8 == 0, names[3]);
  free(a);
  return 0;
}
