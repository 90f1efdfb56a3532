// EXPECT: none
// lfind/lsearch with an array exactly one element larger than its count, tsearch/tfind/tdelete/twalk, hsearch_r, qsort_r, bsearch.
#define _GNU_SOURCE
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmpi(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static int cmpr(const void *a, const void *b, void *ctx) { return *(int *)ctx * (*(const int *)a - *(const int *)b); }
static long walked;
static void walk(const void *node, VISIT v, int depth) { if (v == leaf || v == postorder) walked += **(int *const *)node + depth; }
int main(int argc, char **argv) {
  size_t n = 4;
  int *arr = malloc(5 * sizeof(int));           /* 4 used, room for exactly one more */
  for (int i = 0; i < 4; i++) arr[i] = i * 10;
  int key = 20, nk = 99;
  int *f1 = lfind(&key, arr, &n, sizeof(int), cmpi);
  int *f2 = lfind(&nk, arr, &n, sizeof(int), cmpi);
  int *s1 = lsearch(&key, arr, &n, sizeof(int), cmpi);  /* found: nothing added */
  int *s2 = lsearch(&nk, arr, &n, sizeof(int), cmpi);   /* added into the last slot */
  size_t zero = 0;
  int *empty = malloc(sizeof(int));
  int *s3 = lsearch(&key, empty, &zero, sizeof(int), cmpi);
  void *root = 0;
  int *vals = malloc(8 * sizeof(int));
  for (int i = 0; i < 8; i++) { vals[i] = (i * 5) % 8; tsearch(&vals[i], &root, cmpi); }
  int probe = 3;
  int **t1 = tfind(&probe, &root, cmpi);
  int t1v = t1 ? **t1 : -1;
  twalk(root, walk);
  for (int i = 0; i < 8; i++) tdelete(&vals[i], &root, cmpi);
  struct hsearch_data *htab = calloc(1, sizeof *htab);
  hcreate_r(16, htab);
  char *keys[3] = {strdup("one"), strdup("two"), strdup("")};
  ENTRY in, *out;
  for (int i = 0; i < 3; i++) { in.key = keys[i]; in.data = (void *)(long)(i + 1); hsearch_r(in, ENTER, &out, htab); }
  in.key = "two";
  long found = hsearch_r(in, FIND, &out, htab) ? (long)out->data : -1;
  in.key = "none";
  long nf = hsearch_r(in, FIND, &out, htab);
  hdestroy_r(htab);
  int dir = -1;
  qsort_r(vals, 8, sizeof(int), cmpr, &dir);
  qsort(vals, 8, sizeof(int), cmpi);
  qsort(vals, 0, sizeof(int), cmpi);
  int *b1 = bsearch(&probe, vals, 8, sizeof(int), cmpi);
  int *b2 = bsearch(&nk, vals, 8, sizeof(int), cmpi);
  printf("%ld %d %ld %ld %zu %d %d %d %ld %ld %ld %d %d %d\n", f1 - arr, f2 == 0, s1 - arr, s2 - arr, n, *s3, t1v,
         root == 0, walked, found, nf, b1 ? *b1 : -1, b2 == 0, argc);
  free(arr); free(empty); free(vals); free(htab);
  for (int i = 0; i < 3; i++) free(keys[i]);
  return 0;
}
