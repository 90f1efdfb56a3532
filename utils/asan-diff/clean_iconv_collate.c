// EXPECT: none
// iconv into an exact-fit output buffer and a too-small one (E2BIG, partial), setlocale + strcoll/strxfrm with n exactly the result + 1 and 0.
#include <errno.h>
#include <iconv.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  iconv_t cd = iconv_open("UTF-16LE", "UTF-8");
  char *in = malloc(4);
  memcpy(in, "a\xc3\xa9z", 4);                 /* 3 characters, no terminator */
  char *out = malloc(6);                       /* exactly 3 UTF-16 units */
  char *ip = in, *op = out;
  size_t il = 4, ol = 6;
  size_t r1 = iconv(cd, &ip, &il, &op, &ol);
  iconv(cd, NULL, NULL, &op, &ol);             /* flush: nothing */
  char small[3];
  ip = in; il = 4; op = small; size_t sl = sizeof small;
  size_t r2 = iconv(cd, &ip, &il, &op, &sl);  /* room for one unit: E2BIG after 'a' */
  int e2 = errno;
  iconv(cd, NULL, NULL, NULL, NULL);           /* reset */
  iconv_close(cd);
  char loc[32], cur[256];                      /* setlocale's result lives until the next call */
  snprintf(loc, sizeof loc, "%s", setlocale(LC_ALL, "C.UTF-8"));
  setlocale(LC_COLLATE, "C");
  snprintf(cur, sizeof cur, "%s", setlocale(LC_ALL, NULL));
  char *a = malloc(4); strcpy(a, "abc");
  char *b = malloc(3); strcpy(b, "ab");
  int c1 = strcoll(a, b), c2 = strcoll(b, b), c3 = strcoll("", a);
  size_t need = strxfrm(NULL, a, 0);
  char *x = malloc(need + 1);                  /* exact */
  size_t got = strxfrm(x, a, need + 1);
  char x2[2];
  size_t got2 = strxfrm(x2, a, sizeof x2);     /* too small: contents undefined, not read */
  struct lconv *lc = localeconv();
  locale_t l = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
  int c4 = strcoll_l(a, b, l);
  char *x3 = malloc(need + 1);
  strxfrm_l(x3, a, need + 1, l);
  freelocale(l);
  printf("%zu %zu %zu %d %d %d %s %s %d %d %d %zu %zu %zu %s %d %s %d\n", r1, il, ol, (unsigned char)out[2], e2, (int)(op - small),
         loc, cur, c1 > 0, c2, c3 < 0, need, got, got2, lc->decimal_point, c4 > 0, x3, argc);
  free(in); free(out); free(a); free(b); free(x); free(x3);
  return 0;
}
