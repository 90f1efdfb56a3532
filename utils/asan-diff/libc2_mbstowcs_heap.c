// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t *w = malloc(10 * sizeof(wchar_t));
  size_t n = mbstowcs(w, argv[2], 32); // BUG
  printf("%zu %lc\n", n, (wint_t)w[0]);
  free(w);
  return 0;
}
