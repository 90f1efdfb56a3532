// EXPECT: heap-buffer-overflow
// mbsrtowcs told the destination holds ten wide characters; the heap array holds four.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t *w = malloc(4 * sizeof *w);
  const char *src = argv[2];
  mbstate_t st;
  memset(&st, 0, sizeof st);
  size_t r = mbsrtowcs(w, &src, atoi(argv[1]), &st); // BUG
  printf("%zu %lc\n", r, (wint_t)w[0]);
  free(w);
  return 0;
}
