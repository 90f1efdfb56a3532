// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  long *p = malloc(10 * sizeof(long));
  int k = atoi(argv[1]) - 11;
  p[k] = 42; // BUG
  printf("%ld\n", p[0]);
  free(p);
  return 0;
}
