// EXPECT: heap-buffer-overflow
// mbsnrtowcs is told the input holds 4 more bytes than the heap chunk carrying it; the chunk has no terminator.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  int n = atoi(argv[1]);
  char *chunk = malloc(n);
  memcpy(chunk, argv[2], n);
  const char *src = chunk;
  wchar_t out[32];
  mbstate_t st;
  memset(&st, 0, sizeof st);
  size_t r = mbsnrtowcs(out, &src, n + 4, 32, &st); // BUG
  printf("%zu %lc\n", r, (wint_t)out[0]);
  free(chunk);
  return 0;
}
