// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=2
// Converts a narrow string to wide characters into a heap array sized for
// `len` wide characters, but passes mbstowcs the buffer's size in bytes as
// the maximum count of wide characters: the conversion writes past the
// array.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

__attribute__((noinline)) static wchar_t *widen(const char *s, size_t len) {
  size_t bytes = (len / 2) * sizeof(wchar_t);
  wchar_t *w = malloc(bytes);
  size_t n = mbstowcs(w, s, bytes); // BUG
  if (n == (size_t)-1) {
    free(w);
    return NULL;
  }
  return w;
}

int main(int argc, char **argv) {
  wchar_t *w = widen(argv[2], strlen(argv[2]));
  printf("%lc %d\n", w ? w[0] : L'?', atoi(argv[1]));
  free(w);
  return 0;
}
