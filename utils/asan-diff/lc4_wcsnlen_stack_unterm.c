// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[6];
  for (int i = 0; i < 6; i++)
    w[i] = L'a' + i;
  size_t n = wcsnlen(w, atoi(argv[1])); // BUG
  printf("%zu\n", n);
  return 0;
}
