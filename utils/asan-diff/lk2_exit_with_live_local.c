// EXPECT: none
// main passes its only pointer to a function that calls exit(): main's frame and the callee's are suspended, not dead, so the block is not lost.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void finish(char *p) {
  printf("%s\n", p);
  fflush(stdout);
  exit(0);
}
int main(int argc, char **argv) {
  char *p = malloc(atoi(argv[1]) * 3);
  strcpy(p, "kept");
  finish(p);
  free(p);
  return 1;
}
