// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
wchar_t gw[3];
int main(int argc, char **argv) {
  int n = sscanf(argv[2], "%4lc", gw); // BUG
  printf("%d %lc\n", n, (wint_t)gw[0]);
  return 0;
}
