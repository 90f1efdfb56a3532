// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[32];
  mbstowcs(w, argv[2], 32);
  char out[8];
  size_t n = wcstombs(out, w, 32); // BUG
  printf("%zu %c\n", n, out[0]);
  return 0;
}
