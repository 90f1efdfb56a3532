// EXPECT: none
// wcsncmp/wcscasecmp/wmemcmp/wcscoll with N far beyond the strings, strings at the ends of heap blocks.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
static wchar_t *dupw(const wchar_t *s) {
  size_t n = wcslen(s) + 1;
  wchar_t *p = malloc(n * sizeof(wchar_t));
  wmemcpy(p, s, n);
  return p;
}
int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  wchar_t *a = dupw(L"Hello"), *b = dupw(L"hello"), *c = dupw(L"Help"), *e = dupw(L"");
  wchar_t fixed[3] = {L'a', L'b', L'c'}; /* no terminator: compared only within N */
  long r = 0;
  r += wcsncmp(a, c, 1000) < 0;          /* stops at the first difference */
  r += wcsncmp(a, a, 1u << 20) == 0;      /* stops at the common terminator */
  r += wcsncmp(e, e, 50) == 0;
  r += wcsncmp(e, a, 50) < 0;
  r += wcsncmp(fixed, L"abc", 3) == 0;    /* unterminated, N exact */
  r += wcsncmp(fixed, L"abd", 3) < 0;
  r += wcsncmp(a, b, 0) == 0;
  r += wcscasecmp(a, b) == 0;             /* equal without case: read to the terminators */
  r += wcscasecmp(a, c) != 0;
  r += wcscasecmp(e, e) == 0;
  r += wcscasecmp(e, b) < 0;
  r += wcsncasecmp(a, b, 999) == 0;
  r += wmemcmp(a, b, 0) == 0;
  r += wmemcmp(a, b, 6) != 0;             /* N includes the terminators exactly */
  r += wmemcmp(fixed, L"abc", 3) == 0;
  r += wcscmp(a, a) == 0;
  r += wcscmp(e, a) < 0;
  r += wcscoll(a, c) != 0;
  r += wcscoll(e, e) == 0;
  r += (long)wcsnlen(fixed, 3);
  r += (long)wcsnlen(a, 100);
  printf("%ld %d\n", r, argc);
  free(a); free(b); free(c); free(e);
  return 0;
}
