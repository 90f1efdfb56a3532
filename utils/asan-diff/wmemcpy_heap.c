// EXPECT: heap-buffer-overflow
// ASan has no wmemcpy interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t src[16] = L"0123456789abcde";
  wchar_t *d = malloc(8 * sizeof(wchar_t));
  wmemcpy(d, src, atoi(argv[1])); // BUG
  printf("%d\n", (int)d[0]);
  free(d);
  return 0;
}
