// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t src[32];
  mbstowcs(src, argv[2], 32);
  wchar_t *d = malloc(8 * sizeof(wchar_t));
  size_t n = wcsxfrm(d, src, 32); // BUG
  printf("%zu\n", n);
  free(d);
  return 0;
}
