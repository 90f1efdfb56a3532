// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[4];
  int n = sscanf(argv[2], "%5ls", w); // BUG
  printf("%d %lc\n", n, (wint_t)w[0]);
  return 0;
}
