// EXPECT: heap-use-after-free
// A wide command name freed on reset is compared afterwards.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t *cmd = malloc(16 * sizeof(wchar_t));
  swprintf(cmd, 16, L"%.8s", argv[2]);
  free(cmd);
  if (wcscmp(cmd, L"ABCDEFGH") == 0) // BUG
    puts("match");
  return 0;
}
