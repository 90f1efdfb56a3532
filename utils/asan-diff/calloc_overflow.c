// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *v = calloc(n, sizeof(int));
  __asm__ volatile("" : : "r"(v) : "memory");
  printf("%d\n", v[n]); // BUG
  free(v);
  return 0;
}
