// EXPECT: none
// Wide/multibyte conversions with exact counts and terminators on the last element.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  size_t len = strlen(argv[2]);
  wchar_t *w = malloc((len + 1) * sizeof(wchar_t));
  size_t n1 = mbstowcs(w, argv[2], len + 1);
  wchar_t part[4];
  size_t n2 = mbstowcs(part, argv[2], 4);
  char *back = malloc(len + 1);
  size_t n3 = wcstombs(back, w, len + 1);
  char half[5];
  size_t n4 = wcstombs(half, w, 5);
  size_t n5 = wcstombs(0, w, 0);
  wchar_t *cat = malloc(8 * sizeof(wchar_t));
  wcscpy(cat, L"ab");
  wcsncat(cat, w, 5);
  wchar_t *dup = wcsdup(w);
  wchar_t cp[6];
  wcsncpy(cp, w, 6);
  printf("%zu %zu %zu %zu %zu %s %.5s %ls %ls %zu %lc\n", n1, n2, n3, n4, n5, back, half, cat, dup, wcslen(cat), (wint_t)cp[5]);
  free(dup);
  free(cat);
  free(back);
  free(w);
  return 0;
}
