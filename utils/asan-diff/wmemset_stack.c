// EXPECT: stack-buffer-overflow
// ASan has no wmemset interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t w[5];
  wmemset(w, L'x', atoi(argv[1]) - 4); // BUG
  printf("%d\n", (int)w[0]);
  return 0;
}
