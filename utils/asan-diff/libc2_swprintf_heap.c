// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t *w = malloc(8 * sizeof(wchar_t));
  int n = swprintf(w, 64, L"%s-%s", argv[1], argv[2]); // BUG
  printf("%d\n", n);
  free(w);
  return 0;
}
