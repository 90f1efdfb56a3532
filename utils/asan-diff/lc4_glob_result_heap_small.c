// EXPECT: heap-buffer-overflow
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  glob_t *g = malloc(atoi(argv[1]) * 4);
  int r = glob("/etc/host*", 0, 0, g); // BUG
  printf("%d\n", r);
  free(g);
  return 0;
}
