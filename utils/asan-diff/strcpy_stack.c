// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char dst[8];
  strcpy(dst, argv[2]); // BUG
  printf("%s\n", dst);
  return 0;
}
