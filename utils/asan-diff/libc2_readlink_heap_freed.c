// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *b = malloc(256);
  free(b);
  ssize_t n = readlink(argc > 1 ? "/proc/self/exe" : "/proc/self/cwd", b, 256); // BUG
  printf("%zd\n", n > 0);
  return 0;
}
