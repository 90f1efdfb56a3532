// EXPECT: double-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *r = realpath(argc > 1 ? "." : "/", 0);
  printf("%d\n", r != 0);
  free(r);
  free(r); // BUG
  return 0;
}
