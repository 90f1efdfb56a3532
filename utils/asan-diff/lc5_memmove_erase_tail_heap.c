// EXPECT: heap-buffer-overflow
// Erasing element i shifts (n - i) elements instead of (n - i - 1): one read past the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t n = atoi(argv[1]);
  long *v = malloc(n * sizeof *v);
  for (size_t i = 0; i < n; i++)
    v[i] = i;
  size_t i = 3;
  memmove(&v[i], &v[i + 1], (n - i) * sizeof *v); // BUG
  printf("%ld\n", v[i]);
  free(v);
  return 0;
}
