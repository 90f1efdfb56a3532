// EXPECT: heap-buffer-overflow
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  char *d = malloc(2);
  mbstate_t st;
  memset(&st, 0, sizeof st);
  wchar_t wc = 0x20AC + (argc - 3);
  size_t n = wcrtomb(d, wc, &st); // BUG
  printf("%zu %d\n", n, d[0]);
  free(d);
  return 0;
}
