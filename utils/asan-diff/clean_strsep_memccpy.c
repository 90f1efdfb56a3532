// EXPECT: none
// strsep with empty tokens at a heap block's end, memccpy/stpncpy exact fits, swab with an odd count, zero-length calls.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static char *dup_exact(const char *s) { size_t n = strlen(s) + 1; char *p = malloc(n); memcpy(p, s, n); return p; }
int main(int argc, char **argv) {
  long r = 0;
  char *s = dup_exact(":a::bcd:"), *cur = s, *t;
  while ((t = strsep(&cur, ":")) != 0) r += (long)strlen(t) + 1;
  r += strsep(&cur, ":") == 0;               /* *stringp is NULL now */
  char *e = dup_exact(""), *ce = e;
  r += strsep(&ce, ",;") == e;
  char *w = dup_exact("nodelim"), *cw = w;
  r += strsep(&cw, "") == w;                 /* empty delimiter set */
  char dst[4];
  r += memccpy(dst, "abc", '\0', sizeof dst) == dst + 4; /* the terminator is the last byte copied */
  char d2[3];
  r += memccpy(d2, "xyz!", '!', 3) == 0;     /* not found within N: exactly N copied */
  r += memccpy(d2, argv[2], 'A', 3) == d2 + 1;
  char d3[5];
  char *pe = stpncpy(d3, "hi", sizeof d3);   /* N larger than the source: padded */
  r += pe - d3;
  char d4[3];
  pe = stpncpy(d4, "abc", 3);                /* exactly fits, no terminator */
  r += pe - d4;
  char *hs = dup_exact("ab");
  pe = stpncpy(d3, hs, 100 > sizeof d3 ? sizeof d3 : 100);
  char sw[5] = "abcd", swo[5] = {0};
  swab(sw, swo, 5);                          /* odd: the last byte is left alone */
  swab(sw, swo, 0);
  swab(sw, swo, -3);
  char secret[7] = "hunter";
  explicit_bzero(secret, sizeof secret);
  explicit_bzero(secret, 0);
  char *fr = dup_exact("frobnicate");
  size_t frn = strlen(fr) + 1;
  memfrob(fr, frn);
  memfrob(fr, frn);
  memfrob(fr, 0);
  char *fry = dup_exact("shuffle");
  strfry(fry);
  char *fe = dup_exact("");
  strfry(fe);
  printf("%ld %.4s %.3s %.2s %s %d %s %zu %d\n", r, dst, d2, swo, d4[0] == 'a' ? "ok" : "no", secret[3], fr, strlen(fry), argc);
  free(s); free(e); free(w); free(hs); free(fr); free(fry); free(fe);
  return 0;
}
