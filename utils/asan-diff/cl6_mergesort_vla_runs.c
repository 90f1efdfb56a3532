// EXPECT: none
// Top-down merge sort where each level merges into a VLA of exactly
// (hi - lo) elements and copies it back with memcpy; small runs are
// sorted by insertion sort into a fixed 16-element local array. Records
// are structs with a name, and the comparison reads the names up to their
// exact length. Sizes 0..200 are sorted and checked.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Rec {
  int key;
  unsigned char nlen;
  char name[11];
};

static int less(const struct Rec *a, const struct Rec *b) {
  if (a->key != b->key) return a->key < b->key;
  size_t n = a->nlen < b->nlen ? a->nlen : b->nlen;
  int c = memcmp(a->name, b->name, n);
  return c < 0 || (c == 0 && a->nlen < b->nlen);
}

static void small_sort(struct Rec *v, size_t n) {
  struct Rec tmp[16];
  memcpy(tmp, v, n * sizeof *v);
  for (size_t i = 1; i < n; i++) {
    struct Rec x = tmp[i];
    size_t j = i;
    while (j > 0 && less(&x, &tmp[j - 1])) {
      tmp[j] = tmp[j - 1];
      j--;
    }
    tmp[j] = x;
  }
  memcpy(v, tmp, n * sizeof *v);
}

static void msort(struct Rec *v, size_t lo, size_t hi) {
  size_t n = hi - lo;
  if (n <= 16) {
    if (n > 1) small_sort(v + lo, n);
    return;
  }
  size_t mid = lo + n / 2;
  msort(v, lo, mid);
  msort(v, mid, hi);
  struct Rec out[n];
  size_t i = lo, j = mid, k = 0;
  while (i < mid && j < hi) out[k++] = less(&v[j], &v[i]) ? v[j++] : v[i++];
  while (i < mid) out[k++] = v[i++];
  while (j < hi) out[k++] = v[j++];
  memcpy(v + lo, out, sizeof out);
}

int main(int argc, char **argv) {
  int seed = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "abcdef";
  size_t alen = strlen(alpha);
  int bad = 0;
  long sum = 0;
  for (size_t n = 0; n <= 200; n += 7) {
    struct Rec v[n + 1];
    unsigned x = (unsigned)seed * 2654435761u + (unsigned)n;
    for (size_t i = 0; i < n; i++) {
      x = x * 1103515245u + 12345u;
      v[i].key = (int)((x >> 16) % 50);
      v[i].nlen = (unsigned char)((x >> 8) % 12);
      for (size_t k = 0; k < v[i].nlen && k < sizeof v[i].name; k++)
        v[i].name[k] = alpha[(x + k) % alen];
      if (v[i].nlen > sizeof v[i].name) v[i].nlen = sizeof v[i].name;
    }
    msort(v, 0, n);
    for (size_t i = 1; i < n; i++) bad += less(&v[i], &v[i - 1]);
    if (n) sum += v[n - 1].key + v[0].nlen;
  }
  printf("bad %d sum %ld\n", bad, sum);
  return 0;
}
