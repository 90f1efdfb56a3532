// EXPECT: heap-use-after-free
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *pat = strdup(argc > 1 ? "A*Z" : "x");
  free(pat);
  int r = fnmatch(pat, argv[2], 0); // BUG
  printf("%d\n", r);
  return 0;
}
