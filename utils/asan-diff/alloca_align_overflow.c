// EXPECT: dynamic-stack-buffer-overflow
// __builtin_alloca_with_align with a 64-byte alignment: the element one
// past the requested size is read.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int use(int n) {
  char *p = __builtin_alloca_with_align(n, 512);
  memset(p, 'q', n);
  if ((unsigned long)p % 64) return -1;
  return p[n]; // BUG
}
int main(int argc, char **argv) {
  printf("%d\n", use(atoi(argv[1]) * 3 + 1));
  return 0;
}
