// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
int main(int argc, char **argv) {
  char *d = malloc(20);
  bcopy(argv[2], d, 26); // BUG
  printf("%c\n", d[0]);
  free(d);
  return 0;
}
