// EXPECT: calloc-overflow
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  size_t n = SIZE_MAX / atoi(argv[1]) + 1;
  void *p = calloc(n, 10); // BUG
  printf("%p\n", p);
  free(p);
  return 0;
}
