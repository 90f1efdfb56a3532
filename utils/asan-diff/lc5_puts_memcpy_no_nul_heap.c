// EXPECT: heap-buffer-overflow
// The copy is strlen bytes, without room for or a copy of the terminator, then printed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t len = strlen(argv[2]);
  char *c = malloc(len);
  memcpy(c, argv[2], len);
  printf("%s\n", c); // BUG
  free(c);
  return 0;
}
