// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = malloc(6);
  memcpy(p, argv[2], 6);
  int r = strncmp(p, argv[2], atoi(argv[1])); // BUG
  printf("%d\n", r);
  free(p);
  return 0;
}
