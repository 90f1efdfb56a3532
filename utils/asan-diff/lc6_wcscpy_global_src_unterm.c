// EXPECT: global-buffer-overflow
// wcscpy from a global wide array with no terminator into a roomy stack array.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
wchar_t src[4];
int main(int argc, char **argv) {
  for (int i = 0; i < 4; i++)
    src[i] = argv[2][i + atoi(argv[1]) - 10];
  wchar_t d[32];
  wcscpy(d, src); // BUG
  printf("%lc\n", (wint_t)d[0]);
  return 0;
}
