// EXPECT: none
// qsort and bsearch on stack arrays of odd lengths and element sizes
// (7-byte records, shorts, structs with a char array key), with
// comparators that read both elements whole; lfind on a stack table and
// qsort_r with a context that is itself a stack struct.
#define _GNU_SOURCE
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Rec7 {
  char key[5];
  unsigned char w[2];
};

struct Ctx {
  int descending;
  long calls;
};

static int cmp7(const void *a, const void *b) {
  return memcmp(a, b, sizeof(struct Rec7));
}

static int cmp_short(const void *a, const void *b) {
  short x = *(const short *)a, y = *(const short *)b;
  return (x > y) - (x < y);
}

static int cmp_ctx(const void *a, const void *b, void *arg) {
  struct Ctx *c = arg;
  c->calls++;
  int x = *(const int *)a, y = *(const int *)b;
  int r = (x > y) - (x < y);
  return c->descending ? -r : r;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  const char *alpha = argv[2];
  struct Rec7 recs[23];
  for (int i = 0; i < 23; i++) {
    for (int k = 0; k < 5; k++) recs[i].key[k] = alpha[(i * 7 + k * 3) % 26];
    recs[i].w[0] = (unsigned char)i;
    recs[i].w[1] = (unsigned char)v;
  }
  qsort(recs, 23, sizeof recs[0], cmp7);
  struct Rec7 probe = recs[22];
  struct Rec7 *found = bsearch(&probe, recs, 23, sizeof recs[0], cmp7);

  short shorts[31];
  for (int i = 0; i < 31; i++) shorts[i] = (short)((i * 37 + v) % 101 - 50);
  qsort(shorts, 31, sizeof shorts[0], cmp_short);
  short key = shorts[30];
  short *s = bsearch(&key, shorts, 31, sizeof shorts[0], cmp_short);
  size_t nmemb = 31;
  short missing = 1000;
  short *none = lfind(&missing, shorts, &nmemb, sizeof shorts[0], cmp_short);

  int ints[19];
  for (int i = 0; i < 19; i++) ints[i] = (i * 11) % 19;
  struct Ctx ctx = {1, 0};
  qsort_r(ints, 19, sizeof ints[0], cmp_ctx, &ctx);

  printf("%d %d %d %d %d %d %ld %d\n", found ? (int)(found - recs) : -1,
         s ? (int)(s - shorts) : -1, none == NULL, shorts[0], ints[0], ints[18],
         ctx.calls > 0, argc);
  return 0;
}
