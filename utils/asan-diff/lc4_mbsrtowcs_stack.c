// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[4];
  const char *p = argv[2];
  mbstate_t st;
  memset(&st, 0, sizeof st);
  size_t n = mbsrtowcs(w, &p, atoi(argv[1]), &st); // BUG
  printf("%zu %lc\n", n, (wint_t)w[0]);
  return 0;
}
