// EXPECT: stack-buffer-overflow
// confstr is told the buffer is as big as PATH_MAX-ish while the stack array holds 8 bytes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char path[8];
  size_t cap = (size_t)atoi(argv[1]) * 25;
  size_t need = confstr(_CS_PATH, path, cap); // BUG
  printf("%zu %.7s\n", need, path);
  return 0;
}
