// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
wchar_t gout[8];
int main(int argc, char **argv) {
  int n = swprintf(gout, atoi(argv[1]) + 2, L"%s-%s", argv[2], argv[2]); // BUG
  printf("%d\n", n);
  return 0;
}
