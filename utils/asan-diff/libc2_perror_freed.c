// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *m = strdup(argv[2]);
  free(m);
  perror(m); // BUG
  return 0;
}
