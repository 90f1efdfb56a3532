// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
char tag[8];
int main(int argc, char **argv) {
  memcpy(tag, argv[2], sizeof tag);
  printf("%zu\n", strlen(tag)); // BUG
  return 0;
}
