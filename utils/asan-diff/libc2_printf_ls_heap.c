// EXPECT: heap-buffer-overflow
// ASan's printf check reads 0 bytes for a %ls argument and misses this; memscope shares that printf check.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 6;
  wchar_t *w = malloc(n * sizeof(wchar_t));
  for (int i = 0; i < n; i++)
    w[i] = L'a' + i;
  printf("%ls\n", w); // BUG
  free(w);
  return 0;
}
