// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=2
// Canonicalizes a path with realpath into a caller-supplied buffer. The
// caller allocates "enough for the name it passed" instead of PATH_MAX; the
// resolved absolute path is longer and realpath writes past the block.
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int canon(const char *in, char *out) {
  return realpath(in, out) != NULL; // BUG
}

int main(int argc, char **argv) {
  const char *name = "long.txt";
  char *out = malloc(strlen(name) + (size_t)atoi(argv[1]));
  if (!canon(name, out)) {
    free(out);
    return 1;
  }
  printf("%s\n", out);
  free(out);
  return 0;
}
