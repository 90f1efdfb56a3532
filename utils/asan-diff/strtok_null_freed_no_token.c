// EXPECT: heap-use-after-free
// strtok(NULL) goes on in a line freed since; no token is left in it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *line = strdup(argc > 1 ? "alpha,beta" : "x");
  int n = 0;
  for (char *t = strtok(line, ","); t && n < 2; t = strtok(NULL, ","))
    n++;
  free(line);
  char *t = strtok(NULL, ","); // BUG
  printf("%d %p\n", n, (void *)t);
  return 0;
}
