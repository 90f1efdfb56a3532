// EXPECT: negative-size-param
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void copy_tail(char *dst, const char *src, long have, long used) {
  memcpy(dst, src + used, (size_t)(have - used)); // BUG
}
int main(int argc, char **argv) {
  char *src = malloc(32), *dst = malloc(32);
  memset(src, 'x', 32);
  copy_tail(dst, src, 4, atoi(argv[1]));
  printf("%c\n", dst[0]);
  free(src); free(dst);
  return 0;
}
