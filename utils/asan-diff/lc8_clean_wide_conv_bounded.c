// EXPECT: none
// Wide and multibyte calls on unterminated data with exact bounds: wcsncpy of exactly the count, wmemchr over the element count, mbsnrtowcs/wcsnrtombs limited to the source length, swprintf %.4ls of an unterminated wide array, iconv with inbytesleft of exactly the chunk.
#include <iconv.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  int n = atoi(argv[1]);
  wchar_t *w = malloc(n * sizeof *w);
  for (int i = 0; i < n; i++)
    w[i] = (wchar_t)argv[2][i];
  wchar_t copy[10];
  wcsncpy(copy, w, 10);
  wchar_t *hit = wmemchr(w, L'J', n);
  char *chunk = malloc(n);
  memcpy(chunk, argv[2], n);
  const char *src = chunk;
  wchar_t out[16];
  mbstate_t st;
  memset(&st, 0, sizeof st);
  size_t r1 = mbsnrtowcs(out, &src, n, 16, &st);
  const wchar_t *wsrc = w;
  char nb[16];
  memset(&st, 0, sizeof st);
  size_t r2 = wcsnrtombs(nb, &wsrc, n, sizeof nb, &st);
  wchar_t fmt[16];
  int r3 = swprintf(fmt, 16, L"<%.4ls>", w);
  iconv_t cd = iconv_open("UTF-16LE", "ASCII");
  char ob[64];
  char *in = chunk, *op = ob;
  size_t inleft = n, outleft = sizeof ob;
  size_t r4 = iconv(cd, &in, &inleft, &op, &outleft);
  iconv_close(cd);
  wchar_t term[8];
  wcsncpy(term, L"xyz.tar", 8);
  wchar_t *dot = wcsrchr(term, L'.');
  printf("%lc %ld %zu %lc %zu %.10s %d %ls %zd %zu %ls\n", (wint_t)copy[9], hit ? (long)(hit - w) : -1L, r1,
         (wint_t)out[0], r2, nb, r3, fmt, (ssize_t)r4, sizeof ob - outleft, dot);
  free(chunk);
  free(w);
  return 0;
}
