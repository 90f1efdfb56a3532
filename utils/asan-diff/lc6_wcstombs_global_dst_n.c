// EXPECT: global-buffer-overflow
// wcstombs of twelve wide characters into an 8-byte global with a limit of 16.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
char g[8];
int main(int argc, char **argv) {
  wchar_t w[16];
  int n = atoi(argv[1]) + 2;
  for (int i = 0; i < n; i++)
    w[i] = argv[2][i];
  w[n] = 0;
  size_t r = wcstombs(g, w, n + 4); // BUG
  printf("%zu %c\n", r, g[0]);
  return 0;
}
