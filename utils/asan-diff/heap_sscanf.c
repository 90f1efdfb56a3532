// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *w = malloc(4);
  sscanf(argv[2], "%s", w); // BUG
  printf("%c\n", w[0]); free(w);
  return 0;
}
