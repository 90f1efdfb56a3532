// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
char src[8];
int main(int argc, char **argv) {
  memcpy(src, argv[2], sizeof src);
  char dst[64];
  void *e = memccpy(dst, src, '#', sizeof dst); // BUG
  printf("%d %c\n", e != 0, dst[0]);
  return 0;
}
