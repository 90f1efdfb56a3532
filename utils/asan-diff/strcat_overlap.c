// EXPECT: strcat-param-overlap
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = malloc(64);
  strcpy(p, argv[1]);
  strcat(p, p); // BUG
  printf("%s\n", p);
  free(p);
  return 0;
}
