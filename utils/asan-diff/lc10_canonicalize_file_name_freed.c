// EXPECT: heap-use-after-free
// Resolves a relative path to an absolute one with
// canonicalize_file_name, but frees the joined scratch path one line too
// early: the call reads the freed string.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *join(const char *dir, const char *name) {
  size_t n = strlen(dir) + strlen(name) + 2;
  char *p = malloc(n);
  snprintf(p, n, "%s/%s", dir, name);
  return p;
}

int main(int argc, char **argv) {
  char *rel = join(".", "long.txt");
  int verbose = atoi(argv[1]) > 5;
  free(rel);
  char *abs = canonicalize_file_name(rel); // BUG
  if (verbose && abs)
    printf("%zu\n", strlen(abs) > 0 ? (size_t)1 : (size_t)0);
  free(abs);
  return 0;
}
