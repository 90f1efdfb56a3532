// EXPECT: heap-use-after-free
// Finds the first *.txt file with glob, remembers gl_pathv[0], calls
// globfree to release the match list, and then opens the remembered path:
// fopen reads a file name glob's list owned and globfree freed.
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>

static const char *first_match(const char *pattern) {
  glob_t g;
  if (glob(pattern, 0, NULL, &g) != 0)
    return NULL;
  const char *first = g.gl_pathv[0];
  globfree(&g);
  return first;
}

int main(int argc, char **argv) {
  const char *path = first_match("*.txt");
  if (!path)
    return 1;
  FILE *f = fopen(path, "r"); // BUG
  int c = f ? fgetc(f) : -1;
  if (f)
    fclose(f);
  printf("%d %d\n", c, atoi(argv[1]));
  return 0;
}
