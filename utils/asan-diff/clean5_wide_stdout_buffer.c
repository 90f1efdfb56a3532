// EXPECT: none
// stdout used as a wide stream only (fwide > 0) with a static program
// buffer: wprintf, putwchar, fputws, fputwc, fwprintf to stdout and vwprintf
// through a wrapper; a second wide stream on a file with a heap buffer read
// back with getwc and fgetws.
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

static char outbuf[512];

static void wsay(const wchar_t *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vwprintf(fmt, ap);
  va_end(ap);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  setlocale(LC_ALL, "C.UTF-8");
  setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
  if (fwide(stdout, 1) <= 0)
    return 1;
  unsigned long sum = 0;
  for (int i = 0; i < n * 4; ++i) {
    wprintf(L"%d \x00fc%s ", i, alpha + i % 26);
    putwchar(L'\x2192');
    fputws(L" w ", stdout);
    fputwc(L'\n', stdout);
    fwprintf(stdout, L"%ls=%d\n", L"\x03c0", i * 3);
    wsay(L"[%lc]\n", (wint_t)(L'a' + i % 26));
  }
  FILE *f = fopen("wout.txt", "w+");
  char *fb = malloc(33);
  setvbuf(f, fb, _IOFBF, 33);
  for (int i = 0; i < n * 6; ++i)
    fwprintf(f, L"\x00e9l\x00e8ve %d\n", i);
  rewind(f);
  wint_t c;
  while ((c = getwc(f)) != WEOF)
    sum = sum * 7 + (unsigned)c;
  rewind(f);
  wchar_t line[16];
  int lines = 0;
  while (fgetws(line, 16, f))
    lines += line[wcslen(line) - 1] == L'\n';
  fclose(f);
  free(fb);
  wprintf(L"lines %d sum %lu\n", lines, sum);
  return 0;
}
