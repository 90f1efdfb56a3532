// EXPECT: global-buffer-overflow
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
char resolved[8];
int main(int argc, char **argv) {
  char *r = realpath(argc > 1 ? "/proc/self/exe" : "/", resolved); // BUG
  printf("%d\n", r != 0);
  return 0;
}
