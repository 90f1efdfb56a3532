// EXPECT: none
// qsort and bsearch over stack arrays with comparators that build local
// buffers on their own stacks (snprintf into a small array, strcmp), and a
// qsort nested inside a comparator.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int by_text(const void *a, const void *b) {
  char x[12], y[12];
  snprintf(x, sizeof x, "%d", *(const int *)a);
  snprintf(y, sizeof y, "%d", *(const int *)b);
  return strcmp(x, y);
}
static int cmp_char(const void *a, const void *b) { return *(const char *)a - *(const char *)b; }
static int by_sorted_digits(const void *a, const void *b) {
  char x[12], y[12];
  int lx = snprintf(x, sizeof x, "%d", *(const int *)a);
  int ly = snprintf(y, sizeof y, "%d", *(const int *)b);
  qsort(x, lx, 1, cmp_char);
  qsort(y, ly, 1, cmp_char);
  int c = strcmp(x, y);
  return c ? c : *(const int *)a - *(const int *)b;
}
int main(int argc, char **argv) {
  int base = atoi(argv[1]);
  int v[200];
  for (int i = 0; i < 200; i++) v[i] = (i * 7919 + base) % 100000;
  qsort(v, 200, sizeof v[0], by_text);
  int key = v[137];
  int *hit = bsearch(&key, v, 200, sizeof v[0], by_text);
  int w[200];
  memcpy(w, v, sizeof w);
  qsort(w, 200, sizeof w[0], by_sorted_digits);
  int *hit2 = bsearch(&w[199], w, 200, sizeof w[0], by_sorted_digits);
  printf("%d %d %d\n", v[0], hit ? *hit : -1, hit2 ? *hit2 : -1);
  return 0;
}
