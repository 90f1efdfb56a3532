// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 7;
  wchar_t *w = malloc(n * sizeof(wchar_t));
  for (int i = 0; i < n; i++)
    w[i] = L'A' + i;
  FILE *f = fopen("/dev/null", "w");
  fputws(w, f); // BUG
  fclose(f);
  free(w);
  return 0;
}
