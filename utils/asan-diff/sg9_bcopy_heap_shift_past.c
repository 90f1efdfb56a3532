// EXPECT: heap-buffer-overflow
// Inserting a byte into a heap line buffer shifts the tail right with
// bcopy (memmove semantics); the length counts the terminator twice, so
// the destination runs one byte past the allocation.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int main(int argc, char **argv) {
  size_t len = strlen(argv[2]);
  char *line = malloc(len + 2);       /* room for one insertion + NUL */
  memcpy(line, argv[2], len + 1);
  int at = atoi(argv[1]);
  bcopy(line + at, line + at + 1, len - at + 2); // BUG
  line[at] = '-';
  printf("%s %d\n", line, argc);
  free(line);
  return 0;
}
