// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t d[6];
  wcsncpy(d, L"abc", atoi(argv[1])); // BUG
  printf("%d\n", (int)d[0]);
  return 0;
}
