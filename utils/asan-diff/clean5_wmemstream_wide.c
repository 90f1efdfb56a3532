// EXPECT: none
// open_wmemstream with fwprintf, fputwc, fputws and fflush, the wide buffer
// read through its pointer while open; a wide file stream with a program
// buffer (setvbuf) written with fputws/fputwc and read back with fgetws,
// fgetwc, ungetwc and fwscanf.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  setlocale(LC_ALL, "C.UTF-8");
  wchar_t *wb = NULL;
  size_t wsize = 0;
  FILE *m = open_wmemstream(&wb, &wsize);
  if (!m)
    return 1;
  unsigned long sum = 0;
  for (int i = 0; i < n * 8; ++i) {
    fwprintf(m, L"%d\x00e9%s", i, alpha + i % 26);
    fputwc(L'\x263a', m);
    fputws(L"|", m);
    if (i % 5 == 0) {
      fflush(m);
      sum = sum * 3 + wcslen(wb) + wsize + (unsigned)wb[wsize - 1];
    }
  }
  fclose(m);
  sum += wsize;
  free(wb);

  FILE *f = fopen("wide.txt", "w+");
  char *fb = malloc(61);
  setvbuf(f, fb, _IOFBF, 61);
  for (int i = 0; i < n * 3; ++i) {
    fputws(L"caf\x00e9 ", f);
    fwprintf(f, L"%d %ls\n", i * 7, L"\x03bb\x03bc");
  }
  rewind(f);
  wchar_t line[40];
  int lines = 0;
  while (fgetws(line, 40, f)) {
    sum = sum * 7 + wcslen(line);
    ++lines;
  }
  rewind(f);
  wint_t c;
  int words = 0;
  while ((c = fgetwc(f)) != WEOF) {
    if (c == L' ') {
      wint_t d = fgetwc(f);
      if (d != WEOF)
        ungetwc(d, f);
      ++words;
    }
  }
  rewind(f);
  int num;
  wchar_t word[8];
  int scanned = fwscanf(f, L"%7ls %d", word, &num);
  fclose(f);
  free(fb);
  printf("lines %d words %d scanned %d num %d sum %lu\n", lines, words,
         scanned, num, sum);
  return 0;
}
