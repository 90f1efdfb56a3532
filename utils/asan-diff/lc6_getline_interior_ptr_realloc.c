// EXPECT: bad-free
// getline handed a pointer into the middle of a heap block with a small capacity: it reallocs that pointer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  FILE *f = fmemopen(argv[2], strlen(argv[2]), "r");
  char *b = malloc(16);
  char *p = b + 4;
  size_t cap = atoi(argv[1]) - 6;
  ssize_t n = getline(&p, &cap, f); // BUG
  printf("%zd %c\n", n, p[0]);
  fclose(f);
  return 0;
}
