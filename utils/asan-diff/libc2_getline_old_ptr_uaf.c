// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t cap = 8;
  char *line = malloc(cap);
  strcpy(line, "old");
  char *first = line;
  FILE *f = fopen("long.txt", "r");
  getline(&line, &cap, f);
  fclose(f);
  size_t n = strlen(first); // BUG
  printf("%zu %zu\n", n, strlen(line));
  free(line);
  return 0;
}
