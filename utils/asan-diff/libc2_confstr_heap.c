// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *b = malloc(4);
  size_t n = confstr(_CS_GNU_LIBC_VERSION, b, 64); // BUG
  printf("%zu\n", n);
  free(b);
  return 0;
}
