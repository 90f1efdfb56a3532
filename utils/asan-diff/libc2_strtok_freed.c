// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = strdup(argv[2]);
  free(s);
  char *t = strtok(s, "M"); // BUG
  printf("%d\n", t != 0);
  return 0;
}
