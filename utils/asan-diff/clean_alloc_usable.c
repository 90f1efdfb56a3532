// EXPECT: none
// Writes up to malloc_usable_size (odd requests, after realloc), pvalloc's whole rounded page, valloc/memalign/aligned_alloc/posix_memalign blocks to their last byte, strndup/reallocarray exact sizes.
#define _GNU_SOURCE
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
  long sum = 0;
  size_t sizes[] = {1, 7, 13, 24, 100, 1001, 4097};
  for (int i = 0; i < 7; i++) {
    char *p = malloc(sizes[i]);
    size_t u = malloc_usable_size(p);
    memset(p, 'u', u);                        /* the whole usable size */
    sum += p[u - 1] + (u >= sizes[i]);
    p = realloc(p, sizes[i] * 3 + 1);
    u = malloc_usable_size(p);
    p[u - 1] = 'r';
    sum += p[u - 1];
    free(p);
  }
  long pg = sysconf(_SC_PAGESIZE);
  char *pv = pvalloc(10);                     /* rounded up to a page: all of it usable */
  memset(pv, 1, pg);
  char *vv = valloc(33);
  vv[32] = 2;
  char *ma = memalign(64, 65);
  ma[64] = 3;
  char *aa = aligned_alloc(32, 96);
  memset(aa, 4, 96);
  void *pm = 0;
  posix_memalign(&pm, 256, 3);
  ((char *)pm)[2] = 5;
  char *sd = strndup(argv[2], 5);
  char *ra = reallocarray(NULL, 7, 3);
  ra[20] = 6;
  ra = reallocarray(ra, 3, 3);
  ra[8] = 7;
  char *c = calloc(9, 1);
  sum += pv[pg - 1] + vv[32] + ma[64] + aa[95] + ((char *)pm)[2] + (long)strlen(sd) + ra[8] + c[8];
  printf("%ld %d\n", sum, argc);
  free(pv); free(vv); free(ma); free(aa); free(pm); free(sd); free(ra); free(c);
  return 0;
}
