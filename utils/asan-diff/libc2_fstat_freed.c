// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
int main(int argc, char **argv) {
  struct stat *st = malloc(sizeof *st);
  free(st);
  int r = fstat(argc > 1 ? 0 : 1, st); // BUG
  printf("%d\n", r);
  return 0;
}
