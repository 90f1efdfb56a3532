// EXPECT: heap-use-after-free
// wcstombs converts a wide string that was freed (ASan checks only the
// destination).
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  size_t n = atoi(argv[1]);
  wchar_t *w = malloc((n + 1) * sizeof(wchar_t));
  for (size_t i = 0; i < n; i++)
    w[i] = L'a' + i;
  w[n] = 0;
  free(w);
  char out[64];
  size_t r = wcstombs(out, w, sizeof out); // BUG
  printf("%zu\n", r);
  return 0;
}
