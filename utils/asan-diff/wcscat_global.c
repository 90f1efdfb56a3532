// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <wchar.h>
wchar_t g[8] = L"abcd";
int main(int argc, char **argv) {
  wcscat(g, argc > 1 ? L"efghij" : L"e"); // BUG
  printf("%d\n", (int)g[0]);
  return 0;
}
