// EXPECT: heap-use-after-free
// ASan does not intercept fwrite_unlocked and misses this at -O0 (at -O2 glibc's stdio.h expands it into putc_unlocked loads, which both instrument); memscope intercepts it.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *m = strdup(argv[2]);
  free(m);
  FILE *f = fopen("/dev/null", "w");
  size_t n = fwrite_unlocked(m, 1, 8, f); // BUG
  fclose(f);
  printf("%zu\n", n);
  return 0;
}
