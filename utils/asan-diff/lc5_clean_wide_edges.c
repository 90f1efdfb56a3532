// EXPECT: none
// Wide copies sized in wide characters, wcsncpy and mbstowcs bounded by lengths, %ls of terminated strings.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t src[32];
  swprintf(src, 32, L"%s", argv[2]);
  wchar_t *copy = malloc((wcslen(src) + 1) * sizeof *copy);
  wcscpy(copy, src);
  size_t n = atoi(argv[1]);
  wchar_t *w = malloc(n * sizeof *w);
  wcsncpy(w, L"abc", n);
  wchar_t m[8];
  size_t mn = mbstowcs(m, argv[2], sizeof m / sizeof m[0]);
  wchar_t *digits = malloc(5 * sizeof *digits);
  for (int i = 0; i < 4; i++)
    digits[i] = L'1' + (argv[2][i] - 'A');
  digits[4] = L'x';
  long v = wcstol(digits, NULL, 10);
  int eq = wcscmp(copy, src) == 0 && wcsncmp(m, src, sizeof m / sizeof m[0]) == 0;
  printf("%ls %ls %zu %ld %d %zu\n", copy, w, mn, v, eq, wcsnlen(m, sizeof m / sizeof m[0]));
  free(digits);
  free(w);
  free(copy);
  return 0;
}
