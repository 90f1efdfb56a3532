// EXPECT: none
// memset, memcpy, memmove, memcmp and memchr with byte counts exactly matching their blocks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct hdr {
  char magic[4];
  unsigned ver;
  unsigned len;
};
char rec[16];
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *counts = malloc(n * sizeof *counts);
  memset(counts, 0, n * sizeof *counts);
  long *v = malloc(n * sizeof *v);
  for (int i = 0; i < n; i++)
    v[i] = i;
  size_t i = 3;
  memmove(&v[i], &v[i + 1], (n - i - 1) * sizeof *v);
  int src[8];
  double dst[8];
  for (int k = 0; k < 8; k++)
    src[k] = argv[2][k];
  memcpy(dst, src, sizeof src);
  struct hdr *a = malloc(sizeof *a);
  memcpy(a->magic, argv[2], 4);
  a->ver = n;
  a->len = 0;
  char *raw = malloc(sizeof *a);
  memcpy(raw, a, sizeof *a);
  int same = memcmp(raw, a, sizeof *a) == 0;
  memcpy(rec, argv[2] + 10, sizeof rec);
  const char *z = memchr(rec, 'Z', sizeof rec);
  const char *none = memchr(rec, '\n', sizeof rec);
  size_t cap = n;
  char *buf = malloc(cap);
  memcpy(buf, argv[2], cap);
  char *nbuf = realloc(buf, cap * 2);
  memcpy(nbuf + cap, argv[2] + cap, cap);
  printf("%d %ld %g %d %td %d %.*s\n", counts[n - 1], v[n - 2], dst[7], same, z - rec, none == 0, (int)(cap * 2), nbuf);
  free(nbuf);
  free(raw);
  free(a);
  free(v);
  free(counts);
  return 0;
}
