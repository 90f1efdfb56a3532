// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = strdup(argv[2]);
  free(s);
  printf("%s\n", s); // BUG
  return 0;
}
