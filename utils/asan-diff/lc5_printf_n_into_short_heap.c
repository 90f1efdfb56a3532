// EXPECT: heap-buffer-overflow
// %n stores an int into a heap short (2 bytes).
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  short *col = malloc(sizeof *col);
  printf("%s%n\n", argv[2], (int *)col); // BUG
  printf("%d\n", *col);
  free(col);
  return 0;
}
