// EXPECT: strcpy-param-overlap
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[32];
  strcpy(b, argv[1]);
  char *src = argc > 1 ? b : "x";
  strcpy(b, src); // BUG
  printf("%s\n", b);
  return 0;
}
