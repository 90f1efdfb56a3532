// EXPECT: none
// Wide appends, copies and conversions sized exactly: wcsncat/wcscat to the last element, wcsnlen of an unterminated array at its length, wcstombs/wcsrtombs/mbsrtowcs/mbsnrtowcs filling their destinations, wcrtomb of a 3-byte character into 3 bytes.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
wchar_t g6[6];
char g8[8];
wchar_t gsrc[5] = L"WXYZ";
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  wchar_t src[16];
  for (int i = 0; i < n; i++)
    src[i] = argv[2][i];
  src[n] = 0;
  wchar_t dst[8] = L"ab";
  wcsncat(dst, src, 5);
  wchar_t *un = malloc(n * sizeof *un);
  wmemcpy(un, src, n);
  size_t ul = wcsnlen(un, n);
  wchar_t *cat = malloc(6 * sizeof *cat);
  cat[0] = L'x';
  cat[1] = L'y';
  cat[2] = 0;
  wchar_t three[4] = {src[0], src[1], src[2], 0};
  wcscat(cat, three);
  wcsncpy(g6, three, 6);
  size_t t = wcstombs(g8, src, sizeof g8);
  const wchar_t *ws = src;
  mbstate_t st;
  memset(&st, 0, sizeof st);
  char d6[6];
  size_t r1 = wcsrtombs(d6, &ws, sizeof d6, &st);
  wchar_t *w4 = malloc(4 * sizeof *w4);
  const char *ms = argv[2];
  memset(&st, 0, sizeof st);
  size_t r2 = mbsrtowcs(w4, &ms, 4, &st);
  ms = argv[2];
  memset(&st, 0, sizeof st);
  wchar_t m6[6];
  size_t r3 = mbsnrtowcs(m6, &ms, 6, 6, &st);
  wchar_t *wu = malloc(4 * sizeof *wu);
  wmemcpy(wu, src, 4);
  wchar_t cp[8];
  wcsncpy(cp, wu, 4);
  wchar_t cp2[5];
  wcscpy(cp2, gsrc);
  setlocale(LC_ALL, "C.UTF-8");
  memset(&st, 0, sizeof st);
  char e[3];
  size_t r4 = wcrtomb(e, 0x20a0 + n + 2, &st);
  printf("%ls %zu %ls %ls %zu %.8s %zu %.6s %zu %lc %zu %lc %lc %ls %zu %d\n", dst, ul, cat, g6, t, g8, r1,
         d6, r2, (wint_t)w4[3], r3, (wint_t)m6[5], (wint_t)cp[3], cp2, r4, e[0]);
  free(wu);
  free(w4);
  free(cat);
  free(un);
  return 0;
}
