// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=2
// Reads the first line of a file with fgets into a heap buffer whose size
// was computed for a short header, while the size passed to fgets is the
// maximum line length of the format. The file's first line is longer than
// the buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 128

__attribute__((noinline)) static char *read_header(FILE *f, size_t hint) {
  char *line = malloc(hint);
  if (!fgets(line, MAX_LINE, f)) { // BUG
    free(line);
    return NULL;
  }
  return line;
}

int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  if (!f) return 1;
  char *h = read_header(f, (size_t)atoi(argv[1]) * 3);
  fclose(f);
  printf("%s", h ? h : "(none)\n");
  free(h);
  return 0;
}
