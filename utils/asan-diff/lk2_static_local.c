// EXPECT: none
// A function caches a buffer in a static local and reuses it; the static is a root at exit.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static char *scratch(int n) {
  static char *buf;
  static int cap;
  if (cap < n) { free(buf); buf = malloc(n); cap = n; }
  return buf;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *a = scratch(n * 2);
  strcpy(a, "abc");
  char *b = scratch(n * 8);
  strcpy(b, argv[2]);
  printf("%s\n", b);
  return 0;
}
