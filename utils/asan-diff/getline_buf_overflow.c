// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  char *line = 0;
  size_t cap = 0;
  getline(&line, &cap, f);
  fclose(f);
  line[cap + atoi(argv[1]) - 10] = 'x'; // BUG
  printf("%c\n", line[0]);
  free(line);
  return 0;
}
