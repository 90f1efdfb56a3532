// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *d = strdup(argv[1]);
  d[strlen(d) + 1] = '!'; // BUG
  printf("%s\n", d);
  free(d);
  return 0;
}
