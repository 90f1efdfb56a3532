// EXPECT: stack-buffer-overflow
// memmem told the 8-byte stack haystack is 12 bytes long.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char h[8];
  memcpy(h, argv[2], sizeof h);
  void *r = memmem(h, atoi(argv[1]) + 2, "#", 1); // BUG
  printf("%p %c\n", r, h[0]);
  return 0;
}
