// EXPECT: none
// Wide-string calls at their exact bounds: wmemchr, wmemcmp and wcsncmp
// over unterminated arrays with counts equal to their lengths; wcsnlen
// capped at the array; wcpcpy and wcpncpy into exactly sized buffers;
// wcstok over a writable copy; wcsspn/wcscspn/wcspbrk/wcsstr/wcscasecmp
// on terminated strings; wcstol/wcstod with end pointers.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

int main(int argc, char **argv) {
  wchar_t *raw = malloc(4 * sizeof *raw); // no terminator
  raw[0] = L'k';
  raw[1] = L'e';
  raw[2] = L'y';
  raw[3] = L'=';
  const wchar_t *eq = wmemchr(raw, L'=', 4);
  int same = wmemcmp(raw, L"key=", 4) == 0;
  int pre = wcsncmp(raw, L"key=value", 4) == 0;
  size_t rl = wcsnlen(raw, 4);

  wchar_t name[8];
  wchar_t *end = wcpcpy(name, L"abcdefg"); // 7 + terminator
  wchar_t padded[5];
  wcpncpy(padded, L"xy", 5);

  wchar_t line[32];
  swprintf(line, 32, L"%s,beta, gamma", argv[1]);
  wchar_t *save = NULL;
  int toks = 0;
  for (wchar_t *t = wcstok(line, L", ", &save); t; t = wcstok(NULL, L", ", &save))
    toks++;
  const wchar_t *text = L"  12.5e1xyz Hello";
  size_t sp = wcsspn(text, L" ");
  size_t cs = wcscspn(text, L"x");
  wchar_t *pb = wcspbrk(text, L"H");
  wchar_t *ss = wcsstr(text, L"xyz");
  int ci = wcscasecmp(L"HELLO", L"hello");
  wchar_t *numend;
  double d = wcstod(text, &numend);
  long l = wcstol(L" -42 rest", &numend, 10);
  printf("%d %d %d %zu %td %ls %d %d %zu %d %d %d %.1f %ld\n", eq == raw + 3,
         same, pre, rl, end - name, padded, toks, (int)sp, cs,
         pb != NULL, ss != NULL, ci, d, l);
  free(raw);
  return 0;
}
