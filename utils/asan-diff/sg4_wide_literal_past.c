// EXPECT: global-buffer-overflow
// A wide string literal L"abc" (16 bytes with its terminator) is read at
// element 4.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  const wchar_t *volatile w = L"abc";
  int k = atoi(argv[1]) - 6;
  printf("%d %d\n", (int)w[argc - 3], (int)w[k]); // BUG
  return 0;
}
