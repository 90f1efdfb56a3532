// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
const char magic[4] = {'M', 'A', 'G', 'C'};
int main(int argc, char **argv) {
  char dst[32];
  strcpy(dst, argc > 1 ? magic : "x"); // BUG
  printf("%s\n", dst);
  return 0;
}
