// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  char *d = malloc(5);
  size_t n = wcstombs(d, L"abcdefghijk", atoi(argv[1])); // BUG
  printf("%zu %c\n", n, d[0]);
  free(d);
  return 0;
}
