// EXPECT: heap-buffer-overflow
// The line buffer's capacity is doubled on paper but the block is never reallocated.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t cap = 16;
  char *line = malloc(cap);
  FILE *f = fopen("long.txt", "r");
  if (!f)
    return 1;
  cap *= atoi(argv[1]) / 2;
  char *got = fgets(line, cap, f); // BUG
  fclose(f);
  printf("%zu\n", got ? strlen(line) : 0);
  free(line);
  return 0;
}
