// EXPECT: heap-buffer-overflow
// A wide token is scanned with %ls and no width into a heap array of four wchar_t; the six-character token and its terminator need seven.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t *tok = malloc(4 * sizeof *tok);
  const char *input = argv[2] + 2 * atoi(argv[1]);
  int n = sscanf(input, "%ls", tok); // BUG
  printf("%d %lc\n", n, (wint_t)tok[0]);
  free(tok);
  return 0;
}
