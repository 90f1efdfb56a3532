// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *p = malloc(40);
  p[0] = argc;
  __asm__ volatile("" : : "r"(p) : "memory");
  int *q = realloc(p, 40 + atoi(argv[1]) - 10);
  p[1] = 3; // BUG
  printf("%d\n", q[0]);
  free(q);
  return 0;
}
