// EXPECT: heap-buffer-overflow
// Builds a protocol line with asprintf and writes it with its length plus
// 2 for a "\r\n" the format never added: fwrite reads two bytes past the
// string glibc allocated.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  char *line;
  int n = asprintf(&line, "HELO %s", argv[2]);
  if (n < 0)
    return 1;
  FILE *out = fopen("proto.log", "w");
  if (!out)
    return 1;
  size_t w = fwrite(line, 1, (size_t)n + 2, out); // BUG
  fclose(out);
  printf("%zu %d\n", w, atoi(argv[1]));
  free(line);
  return 0;
}
