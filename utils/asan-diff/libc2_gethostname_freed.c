// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *b = malloc(256);
  free(b);
  int r = gethostname(b, 256); // BUG
  printf("%d\n", r);
  return 0;
}
