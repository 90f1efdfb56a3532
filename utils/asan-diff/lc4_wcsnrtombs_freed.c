// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t src[32];
  mbstowcs(src, argv[2], 32);
  const wchar_t *p = src;
  char *d = malloc(32);
  free(d);
  mbstate_t st;
  memset(&st, 0, sizeof st);
  size_t n = wcsnrtombs(d, &p, 6, 32, &st); // BUG
  printf("%zu\n", n);
  return 0;
}
