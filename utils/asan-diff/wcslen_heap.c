// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  wchar_t *w = malloc(n * sizeof(wchar_t));
  for (int i = 0; i < n; i++) w[i] = L'a' + i;
  size_t len = wcslen(w); // BUG
  printf("%zu\n", len);
  free(w);
  return 0;
}
