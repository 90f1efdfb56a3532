// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t *w = malloc(sizeof *w);
  free(w);
  mbstate_t st;
  memset(&st, 0, sizeof st);
  size_t n = mbrtowc(w, argv[2], 4, &st); // BUG
  printf("%zu\n", n);
  return 0;
}
