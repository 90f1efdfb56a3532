// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = malloc(atoi(argv[1]) + 2);
  memcpy(p, argv[2], 16); // BUG
  printf("%c\n", p[0]);
  free(p);
  return 0;
}
