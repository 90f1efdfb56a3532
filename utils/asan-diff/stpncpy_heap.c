// EXPECT: heap-buffer-overflow
// ASan has no stpncpy interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *d = malloc(8);
  char *e = stpncpy(d, argv[2], atoi(argv[1])); // BUG
  printf("%ld\n", (long)(e - d));
  free(d);
  return 0;
}
