// EXPECT: none
// Wide copies into exact-fit buffers, zero-length calls, overlapping wmemmove, wcpncpy with N larger than the source.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  const wchar_t *src = L"abcdefg";
  size_t n = wcslen(src);
  wchar_t *d = malloc((n + 1) * sizeof(wchar_t));   /* exact */
  wchar_t *end = wmempcpy(d, src, n + 1);
  wchar_t *d2 = malloc(n * sizeof(wchar_t));        /* no room for a terminator */
  wmemcpy(d2, src, n);
  wmemmove(d2 + 1, d2, n - 1);                      /* overlapping, forward */
  wmemmove(d2, d2 + 2, n - 2);                      /* overlapping, backward */
  wmemset(d2, L'x', 0);
  wmemmove(d2, d2, n);
  wmemset(d2 + n - 1, L'!', 1);                     /* the last element */
  wchar_t w[4];
  wchar_t *p = wcpncpy(w, L"ab", 4);                /* pads with two terminators */
  wchar_t w3[3];
  wcsncpy(w3, L"xyz", 3);                           /* exact, no terminator */
  wchar_t w8[8];
  wchar_t *q = wcpcpy(w8, L"1234567");              /* exact fit with terminator */
  wcscpy(w8, L"");
  wchar_t *e = malloc(sizeof(wchar_t));
  wcscpy(e, L"");                                   /* empty into a one-element block */
  wcsncat(w8, L"abc", 100);
  printf("%ld %ls %lc %ld %lc%lc%lc %ld %ls %d\n", (long)(end - d), d, d2[n - 1], (long)(p - w), w3[0], w3[1], w3[2],
         (long)(q - w8), w8, argc);
  free(d); free(d2); free(e);
  return 0;
}
