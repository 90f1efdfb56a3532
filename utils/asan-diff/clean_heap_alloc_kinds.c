// EXPECT: none
#define _GNU_SOURCE
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *a = aligned_alloc(256, 512);
  void *b;
  posix_memalign(&b, 4096, 100);
  char *c = memalign(64, 33);
  char *d = valloc(10);
  char *e = calloc(7, 9);
  char *f = malloc(0);
  char *g = realloc(0, 40);
  g = realloc(g, 4000);
  g = realloc(g, 3);
  short *h = reallocarray(0, 11, sizeof(short));
  char *cwd = getcwd(0, 0);
  char *rp = realpath("long.txt", 0);
  char *dup = strndup(argv[2], 5);
  memset(a, 1, 512);
  memset(b, 2, 100);
  memset(c, 3, 33);
  memset(d, 4, 10);
  memset(e, 5, 63);
  memset(g, 6, 3);
  memset(h, 7, 22);
  size_t us = malloc_usable_size(c);
  printf("%d %d %d %d %d %d %d %zu %zu %s %d\n", a[511], ((char *)b)[99], c[32], d[9], e[62], g[2], h[10], strlen(cwd) > 0, strlen(rp) > 0, dup, us >= 33);
  free(a); free(b); free(c); free(d); free(e); free(f); free(g); free(h); free(cwd); free(rp); free(dup);
  free(0);
  return 0;
}
