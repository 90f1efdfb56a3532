// EXPECT: leak
#include <stdio.h>
#include <stdlib.h>
int main(void) {
  FILE *f = fopen("long.txt", "r");
  char *line = 0;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, f);
  fclose(f);
  printf("%zd\n", n);
  line = 0;
  return 0;
}
