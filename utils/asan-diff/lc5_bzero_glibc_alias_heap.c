// EXPECT: heap-buffer-overflow
// __bzero (glibc's exported name of bzero, what older glibc headers turned bzero into) of one
// byte more than the heap block.
#include <stdio.h>
#include <stdlib.h>
extern void __bzero(void *, size_t);
int main(int argc, char **argv) {
  size_t n = atoi(argv[1]);
  char *h = malloc(n);
  __bzero(h, n + 1); // BUG
  printf("%d\n", h[0]);
  free(h);
  return 0;
}
