// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  short *v = reallocarray(0, n, sizeof(short));
  for (int i = 0; i <= n; i++) v[i] = (short)i; // BUG
  printf("%d\n", v[1]);
  free(v);
  return 0;
}
