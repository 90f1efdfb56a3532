// EXPECT: heap-use-after-free
// A chunk is released back to its pool and then scanned with memchr.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t n = strlen(argv[2]);
  char *chunk = malloc(n);
  memcpy(chunk, argv[2], n);
  free(chunk);
  char *at = memchr(chunk, argv[1][0], n); // BUG
  printf("%p\n", (void *)at);
  return 0;
}
