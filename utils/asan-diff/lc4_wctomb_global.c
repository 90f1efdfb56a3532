// EXPECT: global-buffer-overflow
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
char g[2];
int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  wchar_t wc = 0x1F600 + (argc - 3);
  int n = wctomb(g, wc); // BUG
  printf("%d %d\n", n, g[0]);
  return 0;
}
