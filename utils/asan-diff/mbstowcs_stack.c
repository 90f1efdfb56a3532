// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[4];
  size_t n = mbstowcs(w, argv[2], atoi(argv[1])); // BUG
  printf("%zu %d\n", n, (int)w[0]);
  return 0;
}
