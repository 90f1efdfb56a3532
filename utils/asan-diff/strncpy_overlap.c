// EXPECT: strncpy-param-overlap
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char g[64];
int main(int argc, char **argv) {
  strcpy(g, argv[2]);
  strncpy(g, g + 4, atoi(argv[1])); // BUG
  printf("%c\n", g[0]);
  return 0;
}
