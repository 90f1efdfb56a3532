// EXPECT: heap-buffer-overflow
// A slice length computed from two pointers in the wrong order is negative: printf("%.*s")
// then has no precision and reads the unterminated buffer to its end and beyond.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t n = strlen(argv[2]);
  char *d = malloc(n);
  memcpy(d, argv[2], n);
  const char *start = d + 10, *stop = d + atoi(argv[1]) - 5;
  printf("%.*s\n", (int)(stop - start), start); // BUG
  free(d);
  return 0;
}
