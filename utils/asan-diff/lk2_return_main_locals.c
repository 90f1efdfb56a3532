// EXPECT: leak
// main returns while its locals still point to two blocks it used and never freed; after return no frame holds them.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *a = malloc(n * 3); // BUG
  char *b = malloc(n * 4); // BUG
  strcpy(a, "hello");
  strcpy(b, argv[2]);
  printf("%s %s\n", a, b);
  return 0;
}
