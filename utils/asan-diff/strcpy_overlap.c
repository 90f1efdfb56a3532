// EXPECT: strcpy-param-overlap
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[64];
  strcpy(b, argv[2]);
  strcpy(b + atoi(argv[1]), b); // BUG
  printf("%c\n", b[12]);
  return 0;
}
