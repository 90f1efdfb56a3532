// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int *v = malloc(4 * sizeof(int));
  memset(v, 0, 4 * sizeof(int));
  FILE *f = fopen("/dev/null", "w");
  size_t n = fwrite(v, sizeof(int), atoi(argv[1]) / 2, f); // BUG
  fclose(f);
  printf("%zu\n", n);
  free(v);
  return 0;
}
