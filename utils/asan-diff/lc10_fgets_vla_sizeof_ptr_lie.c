// EXPECT: dynamic-stack-buffer-overflow
// Reads the first line of a file into a variable-length array sized from
// the caller's estimate, but passes a fixed maximum line length to fgets
// rather than the array's size.
#include <stdio.h>
#include <stdlib.h>

#define MAX_LINE 128

__attribute__((noinline)) static size_t first_line_len(const char *path,
                                                       size_t estimate) {
  FILE *f = fopen(path, "r");
  if (!f)
    return 0;
  char line[estimate];
  size_t n = 0;
  if (fgets(line, MAX_LINE, f)) // BUG
    for (; line[n] && line[n] != '\n'; n++)
      ;
  fclose(f);
  return n;
}

int main(int argc, char **argv) {
  printf("%zu\n", first_line_len("long.txt", (size_t)atoi(argv[1]) * 2));
  return 0;
}
