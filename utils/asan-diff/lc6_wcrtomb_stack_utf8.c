// EXPECT: stack-buffer-overflow
// wcrtomb of a euro sign (three bytes in UTF-8) into a 2-byte stack array.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  wchar_t wc = 0x20a0 + atoi(argv[1]) + 2;
  mbstate_t st;
  memset(&st, 0, sizeof st);
  char c[2];
  size_t r = wcrtomb(c, wc, &st); // BUG
  printf("%zu %d\n", r, c[0]);
  return 0;
}
