// EXPECT: double-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *p = malloc(16);
  p[0] = (char)argc;
  free(p);
  char *q = realloc(p, 64); // BUG
  printf("%p\n", (void *)q);
  return 0;
}
