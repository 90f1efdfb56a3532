// EXPECT: heap-buffer-overflow
// A home-made strlcpy copies the terminator too: when it truncates, memcpy writes size+1 bytes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static size_t my_strlcpy(char *dst, const char *src,
                                                   size_t size) {
  size_t len = strlen(src);
  size_t n = len < size ? len : size;
  memcpy(dst, src, n + 1); // BUG
  dst[size - 1] = '\0';
  return len;
}
int main(int argc, char **argv) {
  size_t cap = atoi(argv[1]) + 2;
  char *d = malloc(cap);
  size_t want = my_strlcpy(d, argv[2], cap);
  printf("%zu %s\n", want, d);
  free(d);
  return 0;
}
