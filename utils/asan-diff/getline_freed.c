// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  size_t cap = 256;
  char *line = malloc(cap);
  free(line);
  FILE *f = fopen("long.txt", "r");
  ssize_t n = getline(&line, &cap, f); // BUG
  printf("%zd\n", n);
  fclose(f);
  return 0;
}
