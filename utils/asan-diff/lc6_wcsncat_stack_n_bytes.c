// EXPECT: stack-buffer-overflow
// wcsncat's limit given as sizeof the wide destination (bytes), appending ten wide characters to two in an 8-wide array.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t src[16];
  int n = atoi(argv[1]);
  for (int i = 0; i < n; i++)
    src[i] = argv[2][i];
  src[n] = 0;
  wchar_t dst[8] = L"ab";
  wcsncat(dst, src, sizeof dst); // BUG
  printf("%ls\n", dst);
  return 0;
}
