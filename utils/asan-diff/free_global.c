// EXPECT: bad-free
#include <stdio.h>
#include <stdlib.h>
int table[16];
int main(int argc, char **argv) {
  int *p = argc > 1 ? table : malloc(4);
  printf("%d\n", p[0]);
  free(p); // BUG
  return 0;
}
