// EXPECT: none
// mbrtowc/mbtowc/mblen on UTF-8 ending at the end of odd-sized heap blocks, incomplete characters (-2), NULL arguments; mbsrtowcs/wcsrtombs exact fits.
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  const char *u = "a\xc3\xa9\xe2\x82\xac"; /* a, e-acute, euro: 1+2+3 bytes */
  size_t ulen = strlen(u);
  char *h = malloc(ulen);                  /* no terminator: 6 bytes */
  memcpy(h, u, ulen);
  mbstate_t st;
  memset(&st, 0, sizeof st);
  wchar_t wc;
  long r = 0;
  size_t off = 0;
  while (off < ulen) {
    size_t k = mbrtowc(&wc, h + off, ulen - off, &st); /* N exactly what is left */
    r += (long)wc;
    off += k;
  }
  memset(&st, 0, sizeof st);
  size_t part = mbrtowc(&wc, h + 3, 2, &st); /* 2 of the euro's 3 bytes: -2 */
  size_t rest = mbrtowc(&wc, h + 5, 1, &st); /* the last byte of the block */
  r += (part == (size_t)-2) + (long)rest;
  r += (long)mbrtowc(NULL, h, 1, NULL);       /* no destination, internal state */
  r += (long)mbrtowc(&wc, NULL, 0, &st);      /* resets the state */
  char *term = malloc(1);
  *term = 0;
  r += (long)mbrtowc(&wc, term, 1, &st);      /* the terminator: 0 */
  mbtowc(NULL, NULL, 0);
  r += mbtowc(&wc, h + 1, 2);
  r += mbtowc(NULL, h + 3, 3);
  r += mbtowc(&wc, term, 1);
  r += mblen(h + 3, 3);
  r += mblen(h, 1);
  r += mblen(NULL, 0);
  r += mblen(term, 1);
  r += (long)mbrlen(h + 1, 2, &st);
  /* mbsrtowcs into an exact array: 3 characters and the terminator. */
  char *z = malloc(ulen + 1);
  memcpy(z, u, ulen + 1);
  const char *src = z;
  wchar_t *w = malloc(4 * sizeof(wchar_t));
  memset(&st, 0, sizeof st);
  size_t nw = mbsrtowcs(w, &src, 4, &st);
  src = z;
  size_t nw2 = mbsrtowcs(NULL, &src, 0, &st); /* just count */
  src = z;
  wchar_t w2[2];
  size_t nw3 = mbsrtowcs(w2, &src, 2, &st);   /* stops after 2, src left in the middle */
  const wchar_t *ws = w;
  char *back = malloc(ulen + 1);              /* exact */
  size_t nb = wcsrtombs(back, &ws, ulen + 1, &st);
  ws = w;
  char back2[3];
  size_t nb2 = wcsrtombs(back2, &ws, 3, &st); /* a, e-acute fit; the euro does not */
  ws = w;
  size_t nb3 = wcsrtombs(NULL, &ws, 0, &st);
  char mb[MB_LEN_MAX];
  size_t one = wcrtomb(mb, L'\x20ac', &st);
  wchar_t *w4 = malloc(4 * sizeof(wchar_t));
  size_t nw4 = mbstowcs(w4, z, 4);
  char *back4 = malloc(ulen + 1);
  size_t nb4 = wcstombs(back4, w4, ulen + 1);
  printf("%ld %zu %zu %zu %zu %zu %zu %zu %zu %zu %s %d\n", r, nw, nw2, nw3, nb, nb2, nb3, one, nw4, nb4, back, argc);
  free(h); free(term); free(z); free(w); free(back); free(w4); free(back4);
  return 0;
}
