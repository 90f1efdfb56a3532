// EXPECT: global-buffer-overflow
// wcsncpy into a global wide array with sizeof (bytes) as the count: the zero padding runs past it.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
wchar_t g[6];
int main(int argc, char **argv) {
  wchar_t s[4] = {argv[2][0], argv[2][1], argv[2][2], 0};
  wcsncpy(g, s, sizeof g); // BUG
  printf("%ls %d\n", g, atoi(argv[1]));
  return 0;
}
