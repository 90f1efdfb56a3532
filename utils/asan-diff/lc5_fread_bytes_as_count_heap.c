// EXPECT: heap-buffer-overflow
// fread's item count is given in bytes: n * sizeof items of sizeof bytes each.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  size_t n = atoi(argv[1]);
  int *a = malloc(n * sizeof *a);
  FILE *f = fopen("/dev/zero", "rb");
  if (!f)
    return 1;
  size_t got = fread(a, sizeof *a, n * sizeof *a, f); // BUG
  fclose(f);
  printf("%zu %d\n", got, a[0]);
  free(a);
  return 0;
}
