// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *d = malloc(8);
  strncpy(d, argv[1], 16); // BUG
  printf("%s\n", d);
  free(d);
  return 0;
}
