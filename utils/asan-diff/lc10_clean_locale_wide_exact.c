// EXPECT: none
// Locale and wide conversions sized exactly: the LC_ALL name copied before
// the locale changes; mbsrtowcs and wcsrtombs sized by a first call with a
// null destination, then run into buffers of exactly that many characters
// plus the terminator; mbrtowc/wcrtomb one character at a time with their
// own states; strxfrm and wcsxfrm sized by a query call; strcoll/wcscoll.
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(int argc, char **argv) {
  if (!setlocale(LC_ALL, "C.UTF-8"))
    return 0;
  char *saved = strdup(setlocale(LC_ALL, NULL));
  setlocale(LC_NUMERIC, "C");
  char text[64];
  snprintf(text, sizeof text, "h\xc3\xa9llo w\xc3\xb6rld %s", argv[2]);

  const char *src = text;
  mbstate_t st;
  memset(&st, 0, sizeof st);
  size_t wn = mbsrtowcs(NULL, &src, 0, &st);
  wchar_t *w = malloc((wn + 1) * sizeof *w);
  src = text;
  memset(&st, 0, sizeof st);
  mbsrtowcs(w, &src, wn + 1, &st);

  const wchar_t *ws = w;
  memset(&st, 0, sizeof st);
  size_t bn = wcsrtombs(NULL, &ws, 0, &st);
  char *back = malloc(bn + 1);
  ws = w;
  wcsrtombs(back, &ws, bn + 1, &st);

  size_t chars = 0;
  mbstate_t ps;
  memset(&ps, 0, sizeof ps);
  for (const char *p = text; *p;) {
    wchar_t wc;
    size_t k = mbrtowc(&wc, p, strlen(p), &ps);
    if (k == 0 || k > 4)
      break;
    char mb[MB_LEN_MAX];
    mbstate_t os;
    memset(&os, 0, sizeof os);
    wcrtomb(mb, wc, &os);
    p += k;
    chars++;
  }

  size_t xn = strxfrm(NULL, text, 0);
  char *x = malloc(xn + 1);
  strxfrm(x, text, xn + 1);
  size_t wxn = wcsxfrm(NULL, w, 0);
  wchar_t *wx = malloc((wxn + 1) * sizeof *wx);
  wcsxfrm(wx, w, wxn + 1);
  int c1 = strcoll(text, back);
  int c2 = wcscoll(w, L"h");
  setlocale(LC_ALL, saved);
  printf("%zu %zu %zu %d %d %d\n", wn, bn, chars, c1 == 0, c2 > 0,
         strcmp(back, text) == 0);
  free(wx);
  free(x);
  free(back);
  free(w);
  free(saved);
  return 0;
}
