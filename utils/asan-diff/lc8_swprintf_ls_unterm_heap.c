// EXPECT: heap-buffer-overflow
// A wide name decoded into a heap array of exactly its length (no terminator) is formatted with swprintf's %ls.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  wchar_t *name = malloc(n * sizeof *name);
  for (int i = 0; i < n; i++)
    name[i] = (wchar_t)argv[2][i];
  wchar_t out[64];
  int r = swprintf(out, 64, L"name=%ls", name); // BUG
  printf("%d %ls\n", r, out);
  free(name);
  return 0;
}
