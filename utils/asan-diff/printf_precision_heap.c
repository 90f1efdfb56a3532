// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = malloc(6);
  memcpy(p, argv[2], 6);
  printf("%.10s\n", p); // BUG
  free(p);
  return 0;
}
