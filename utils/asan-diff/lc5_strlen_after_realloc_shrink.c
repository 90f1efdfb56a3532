// EXPECT: heap-buffer-overflow
// Shrinking a string's block with realloc cuts off its terminator; strlen then runs past.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = strdup(argv[2]);
  s = realloc(s, atoi(argv[1]));
  size_t n = strlen(s); // BUG
  printf("%zu\n", n);
  free(s);
  return 0;
}
