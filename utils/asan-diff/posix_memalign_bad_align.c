// EXPECT: invalid-posix-memalign-alignment
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  void *p = 0;
  int r = posix_memalign(&p, atoi(argv[1]) - 6, 64); // BUG
  printf("%d %p\n", r, p);
  return 0;
}
