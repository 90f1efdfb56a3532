// EXPECT: stack-buffer-overflow
// Finding a wide file name's extension with wcsrchr, in a fixed wide buffer filled to the brim without a terminator.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
static const wchar_t *extension(const wchar_t *name) {
  const wchar_t *dot = wcsrchr(name, L'.'); // BUG
  return dot ? dot + 1 : L"";
}
int main(int argc, char **argv) {
  wchar_t name[12];
  for (int i = 0; i < 12; i++)
    name[i] = (wchar_t)argv[2][i];
  name[atoi(argv[1]) - 5] = L'.';
  printf("%ls\n", extension(name));
  return 0;
}
