// EXPECT: none
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[64], w2[64];
  size_t n = mbstowcs(w, argv[2], 64);
  wcsncpy(w2, w, 63);
  w2[63] = 0;
  wcscat(w2, L"!");
  wchar_t *hit = wcschr(w2, L'M');
  wmemset(w, L'x', 5);
  wmemcpy(w + 5, L"yz", 3);
  char back[128];
  size_t m = wcstombs(back, w2, sizeof back);
  wchar_t out[32];
  int k = swprintf(out, 32, L"%d-%ls", argc, L"ok");
  printf("%zu %zu %zu %ld %s %d %d\n", n, wcslen(w2), m, (long)(hit - w2), back, k, wcscmp(w, L"xxxxxyz"));
  return 0;
}
