// EXPECT: none
// fputws of strings at heap block ends, fgetws into exact-fit and too-small buffers (partial reads), fgetwc/ungetwc.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  FILE *f = fopen("wide.txt", "w+");
  wchar_t *line = malloc(6 * sizeof(wchar_t));
  wcscpy(line, L"h\x00e9llo");                 /* 5 characters and the terminator: exact */
  fputws(line, f);
  fputws(L"\n", f);
  wchar_t *e = malloc(sizeof(wchar_t));
  e[0] = 0;
  fputws(e, f);                                /* empty */
  fputws(L"tail\n", f);
  fwprintf(f, L"%ls-%d\n", L"num", argc);
  rewind(f);
  wchar_t *exact = malloc(7 * sizeof(wchar_t)); /* "h\xe9llo\n" and its terminator */
  wchar_t *got = fgetws(exact, 7, f);
  wchar_t part[3];
  wchar_t *g2 = fgetws(part, 3, f);             /* "ta" of "tail\n" */
  wchar_t rest[8];
  wchar_t *g3 = fgetws(rest, 8, f);             /* "il\n" */
  wint_t c = fgetwc(f);
  ungetwc(c, f);
  wchar_t one[1];
  wchar_t *g4 = fgetws(one, 1, f);              /* room for the terminator only */
  wchar_t last[16];
  wchar_t *g5 = fgetws(last, 16, f);
  wchar_t *g6 = fgetws(last, 16, f);            /* EOF */
  printf("%ls|%ls|%ls|%d|%ls|%d\n", got, g2, g3, g4 != 0, g5, g6 == 0);
  fclose(f);
  remove("wide.txt");
  free(line); free(e); free(exact);
  return 0;
}
