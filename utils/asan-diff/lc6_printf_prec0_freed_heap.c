// EXPECT: heap-use-after-free
// printf's %.0s handed a freed heap string.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = strdup(argv[2]);
  free(s);
  printf("[%.0s] %d\n", s, atoi(argv[1])); // BUG
  return 0;
}
