// EXPECT: none
// Wide/multibyte conversions filling their buffers exactly, without room to spare.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  mbstate_t st;
  memset(&st, 0, sizeof st);
  char *euro = malloc(3);
  size_t n1 = wcrtomb(euro, 0x20AC, &st);
  char smile[4];
  int n2 = wctomb(smile, 0x1F600);
  wchar_t w[26];
  const char *src = argv[2];
  memset(&st, 0, sizeof st);
  size_t n3 = mbsrtowcs(w, &src, 26, &st);
  char *back = malloc(26);
  const wchar_t *wp = w;
  memset(&st, 0, sizeof st);
  size_t n4 = wcsnrtombs(back, &wp, 26, 26, &st);
  size_t n5 = wcsnlen(w, 26);
  wchar_t part[5];
  src = argv[2];
  memset(&st, 0, sizeof st);
  size_t n6 = mbsnrtowcs(part, &src, 5, 5, &st);
  char tail[3];
  wp = w + 23;
  memset(&st, 0, sizeof st);
  size_t n7 = wcsrtombs(tail, &wp, 3, &st);
  wchar_t *cp = malloc(6 * sizeof(wchar_t));
  wcsncpy(cp, L"ab", 6);
  wchar_t cat[8] = L"x";
  wcscat(cat, L"yz");
  wchar_t line[8];
  FILE *f = fopen("long.txt", "r");
  wchar_t *r = fgetws(line, 8, f);
  fclose(f);
  char one[2] = "a";
  wchar_t wc;
  memset(&st, 0, sizeof st);
  size_t n8 = mbrtowc(&wc, one, MB_CUR_MAX, &st);
  int n9 = mblen(one, MB_CUR_MAX);
  int n10 = mbtowc(&wc, one, MB_CUR_MAX);
  printf("%zu %d %zu %.26s %zu %zu %zu %.3s %ls %ls %d %zu %d %d %x %x\n", n1, n2, n3, back, n4,
         n5, n6, tail, cp, cat, r != 0, n8, n9, n10, (unsigned char)euro[2],
         (unsigned char)smile[3]);
  (void)n7;
  free(cp);
  free(back);
  free(euro);
  return 0;
}
