// EXPECT: reallocarray-overflow
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  void *p = malloc(8);
  void *q = reallocarray(p, SIZE_MAX / 4, atoi(argv[1])); // BUG
  printf("%p\n", q);
  free(p);
  return 0;
}
