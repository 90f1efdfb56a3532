// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t *d = malloc(6 * sizeof(wchar_t));
  wcscpy(d, L"ab");
  wchar_t src[32];
  mbstowcs(src, argv[2], 32);
  wcsncat(d, src, atoi(argv[1])); // BUG
  printf("%ls\n", d);
  free(d);
  return 0;
}
