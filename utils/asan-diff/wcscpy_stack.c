// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t d[3];
  wcscpy(d, L"abcdef"); // BUG
  printf("%d\n", (int)d[0]);
  return 0;
}
