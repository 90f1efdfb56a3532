// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
static int cmp(const void *a, const void *b, void *ctx) { return *(const short *)a - *(const short *)b; }
int main(int argc, char **argv) {
  short *v = malloc(8 * sizeof(short));
  for (int i = 0; i < 8; i++)
    v[i] = (short)(argv[2][i] * (i & 1 ? 1 : -1));
  qsort_r(v, atoi(argv[1]), sizeof(short), cmp, 0); // BUG
  printf("%d\n", v[0]);
  free(v);
  return 0;
}
