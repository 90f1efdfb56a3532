// EXPECT: strncat-param-overlap
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[64];
  strcpy(b, argv[2] + 16);
  strncat(b, b + 2, atoi(argv[1]) - 5); // BUG
  printf("%s\n", b);
  return 0;
}
