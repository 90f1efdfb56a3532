// EXPECT: heap-buffer-overflow
// Element count times sizeof the pointer (8), not of the int element (4).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *counts = malloc(n * sizeof(int));
  memset(counts, 0, n * sizeof(counts)); // BUG
  printf("%d\n", counts[0]);
  free(counts);
  return 0;
}
