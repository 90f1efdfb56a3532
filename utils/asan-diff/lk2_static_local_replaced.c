// EXPECT: leak
// A static local caching a buffer is replaced on every call without freeing the previous one; all but the last are lost.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static char *fmt(int i, int n) {
  static char *last;
  last = malloc(n + i); // BUG
  snprintf(last, n + i, "v%d", i);
  return last;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  size_t t = 0;
  for (int i = 0; i < 4; i++) t += strlen(fmt(i, n));
  printf("%zu\n", t);
  return 0;
}
