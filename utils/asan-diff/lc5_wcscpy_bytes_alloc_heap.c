// EXPECT: heap-buffer-overflow
// A wide copy allocated with wcslen + 1 bytes instead of wide characters.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t src[32];
  swprintf(src, 32, L"%s", argv[2]);
  wchar_t *copy = malloc(wcslen(src) + 1);
  wcscpy(copy, src); // BUG
  printf("%lc\n", (wint_t)copy[0]);
  free(copy);
  return 0;
}
