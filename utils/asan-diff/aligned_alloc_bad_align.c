// EXPECT: invalid-aligned-alloc-alignment
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  void *p = aligned_alloc(atoi(argv[1]) + 14, 48); // BUG
  printf("%p\n", p);
  free(p);
  return 0;
}
