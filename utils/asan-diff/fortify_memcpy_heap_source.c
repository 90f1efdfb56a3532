// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=2 -Wno-error
// With _FORTIFY_SOURCE at -O2, a memcpy into a local array becomes
// __memcpy_chk; its heap source is read one byte past its end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t n = atoi(argv[1]);
  char *src = malloc(n);
  memset(src, 'a', n);
  char dst[64];
  memcpy(dst, src, n + 1); // BUG
  printf("%c\n", dst[n / 2]);
  free(src);
  return 0;
}
