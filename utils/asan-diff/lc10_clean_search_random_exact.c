// EXPECT: none
// Search tables and generator states used within their bounds: hcreate_r
// and hsearch_r on a zeroed struct hsearch_data, a tsearch tree walked,
// searched, trimmed and destroyed, lsearch with one spare slot for the key
// it appends, initstate_r/random_r/setstate_r on a 64-byte state,
// drand48_r/lrand48_r on a struct drand48_data, erand48/nrand48 on
// three-short states, lcong48 with its seven parameters.
#define _GNU_SOURCE
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_int(const void *a, const void *b) {
  return *(const int *)a - *(const int *)b;
}
static int visited;
static void walk(const void *node, VISIT v, int depth) {
  (void)node;
  (void)depth;
  if (v == leaf || v == postorder)
    visited++;
}
static void keep_key(void *key) { (void)key; } // keys are static

int main(int argc, char **argv) {
  struct hsearch_data *ht = calloc(1, sizeof *ht);
  hcreate_r(16, ht);
  char *keys[] = {"alpha", "beta", "gamma"};
  ENTRY e, *found = NULL;
  for (int i = 0; i < 3; i++) {
    e.key = keys[i];
    e.data = (void *)(long)i;
    hsearch_r(e, ENTER, &found, ht);
  }
  e.key = "beta";
  int hit = hsearch_r(e, FIND, &found, ht) && found;
  hdestroy_r(ht);
  free(ht);

  static int vals[] = {5, 3, 8, 1};
  void *root = NULL;
  for (int i = 0; i < 4; i++)
    tsearch(&vals[i], &root, cmp_int);
  twalk(root, walk);
  int key = 8;
  int in_tree = tfind(&key, &root, cmp_int) != NULL;
  tdelete(&key, &root, cmp_int);
  tdestroy(root, keep_key);

  size_t n = 3;
  int *arr = malloc((n + 1) * sizeof *arr); // room for one appended key
  arr[0] = 4;
  arr[1] = 9;
  arr[2] = 2;
  int k = atoi(argv[1]);
  int *slot = lsearch(&k, arr, &n, sizeof *arr, cmp_int);
  int *again = lfind(&k, arr, &n, sizeof *arr, cmp_int);

  char *state = malloc(64);
  struct random_data *rd = calloc(1, sizeof *rd);
  initstate_r((unsigned)k, state, 64, rd);
  int32_t r1;
  random_r(rd, &r1);
  setstate_r(state, rd);
  struct drand48_data *dd = malloc(sizeof *dd);
  srand48_r(k, dd);
  double d;
  long l;
  drand48_r(dd, &d);
  lrand48_r(dd, &l);
  unsigned short xs[3] = {1, 2, (unsigned short)k};
  double er = erand48(xs);
  long nr = nrand48(xs);
  unsigned short params[7] = {1, 2, 3, 0xE66D, 0xDEEC, 0x5, 0xB};
  lcong48(params);
  long lr = lrand48();
  printf("%d %d %d %zu %d %d %d %d %d %d\n", hit, visited, in_tree, n,
         slot == again, r1 >= 0, d >= 0 && d < 1, l >= 0, er >= 0 && nr >= 0,
         lr >= 0);
  free(dd);
  free(rd);
  free(state);
  free(arr);
  return 0;
}
