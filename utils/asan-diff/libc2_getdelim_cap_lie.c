// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  size_t cap = 128;
  char *line = malloc(atoi(argv[1]) + 6);
  FILE *f = fopen("long.txt", "r");
  ssize_t n = getdelim(&line, &cap, 'x', f); // BUG
  fclose(f);
  printf("%zd\n", n);
  free(line);
  return 0;
}
