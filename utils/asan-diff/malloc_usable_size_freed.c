// EXPECT: bad-malloc_usable_size
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *p = malloc(20 + argc);
  free(p);
  size_t n = malloc_usable_size(p); // BUG
  printf("%zu\n", n);
  return 0;
}
