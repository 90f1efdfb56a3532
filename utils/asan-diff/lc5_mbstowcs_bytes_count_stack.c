// EXPECT: stack-buffer-overflow
// mbstowcs' limit given as sizeof the wide buffer (bytes) instead of its length.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[8];
  size_t n = mbstowcs(w, argv[2], sizeof w); // BUG
  printf("%zu\n", n);
  return 0;
}
