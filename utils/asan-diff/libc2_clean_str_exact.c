// EXPECT: none
// String calls that reach exactly the last byte of their buffers.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
char gsrc[8];
int main(int argc, char **argv) {
  memcpy(gsrc, argv[2], sizeof gsrc);
  char *d = malloc(8);
  strncpy(d, argv[2], 8);
  char st[9];
  char *e = stpncpy(st, gsrc, 8);
  *e = 0;
  char *cat = malloc(8);
  strcpy(cat, "ab");
  strncat(cat, argv[2], 5);
  char *x = malloc(27);
  size_t xn = strxfrm(x, argv[2], 27);
  size_t x0 = strxfrm(0, argv[2], 0);
  void *r = memrchr(gsrc, 'A', sizeof gsrc);
  char cc[8];
  void *q = memccpy(cc, gsrc, 'H', sizeof gsrc);
  char *nd = strndup(gsrc, sizeof gsrc);
  char *h = malloc(20);
  bcopy(argv[2], h, 20);
  bzero(h + 10, 10);
  int cs = strcasecmp(cat, "abABCDE");
  int cn = strncasecmp(gsrc, "abcdefgh", 8);
  void *mm = memmem(gsrc, sizeof gsrc, "GH", 2);
  size_t sp = strcspn(argv[2], "Z");
  int co = strcoll(cat, st);
  char *dup = strdup(argv[2]);
  char *save, *tok = strtok_r(dup, "M", &save);
  char *p = dup + strlen(dup) + 1;
  char *seg = strsep(&save, "X");
  char *bs = malloc(1);
  *bs = 0;
  char *ep = stpcpy(bs, "");
  printf("%.8s %s %s %zu %zu %d %d %s %s %d %d %d %zu %d %s %s %d %c\n", d, st, cat, xn, x0, r != 0, q != 0, nd, h, cs, cn, mm != 0, sp, co != 0, tok, seg, p > dup, *ep + '0');
  free(bs);
  free(dup);
  free(h);
  free(nd);
  free(x);
  free(cat);
  free(d);
  return 0;
}
