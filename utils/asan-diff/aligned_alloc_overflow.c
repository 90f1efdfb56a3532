// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *p = aligned_alloc(64, 64);
  p[64 + n - 10] = 1; // BUG
  printf("%d\n", p[0]);
  free(p);
  return 0;
}
