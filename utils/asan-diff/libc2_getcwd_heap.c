// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *b = malloc(atoi(argv[1]) - 6);
  char *r = getcwd(b, 4096); // BUG
  printf("%d\n", r != 0);
  free(b);
  return 0;
}
