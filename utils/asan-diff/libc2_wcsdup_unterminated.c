// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 7;
  wchar_t *w = malloc(n * sizeof(wchar_t));
  for (int i = 0; i < n; i++)
    w[i] = (wchar_t)argv[2][i];
  wchar_t *d = wcsdup(w); // BUG
  printf("%lc\n", (wint_t)d[0]);
  free(d);
  free(w);
  return 0;
}
