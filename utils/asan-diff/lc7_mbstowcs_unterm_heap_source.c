// EXPECT: heap-buffer-overflow
// mbstowcs converts a heap buffer of eight bytes without a terminator into a
// large enough array: it reads the source past its end (ASan checks only the
// destination).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  size_t n = atoi(argv[1]);
  char *src = malloc(8);
  memcpy(src, argv[2], 8);
  wchar_t dst[32];
  size_t r = mbstowcs(dst, src, n + 4); // BUG
  printf("%zu %lc\n", r, (wint_t)dst[0]);
  free(src);
  return 0;
}
