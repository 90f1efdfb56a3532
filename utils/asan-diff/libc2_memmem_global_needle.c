// EXPECT: global-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char needle[4] = "XYZ";
int main(int argc, char **argv) {
  size_t n = atoi(argv[1]) - 4;
  void *p = memmem(argv[2], 26, needle, n); // BUG
  printf("%d\n", p != 0);
  return 0;
}
