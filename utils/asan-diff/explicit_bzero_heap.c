// EXPECT: heap-buffer-overflow
// ASan has no explicit_bzero interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = malloc(16);
  p[0] = 'k';
  explicit_bzero(p, 7 + atoi(argv[1])); // BUG
  printf("%d\n", p[0]);
  free(p);
  return 0;
}
