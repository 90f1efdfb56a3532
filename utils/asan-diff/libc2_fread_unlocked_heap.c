// EXPECT: heap-buffer-overflow
// ASan does not intercept fread_unlocked and misses this; memscope intercepts it.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *b = malloc(atoi(argv[1]));
  FILE *f = fopen("long.txt", "r");
  size_t n = fread_unlocked(b, 1, 40, f); // BUG
  fclose(f);
  printf("%zu %c\n", n, b[0]);
  free(b);
  return 0;
}
