// EXPECT: global-buffer-overflow
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
char swapped[16];
int main(int argc, char **argv) {
  swab(argv[2], swapped, atoi(argv[1]) * 2); // BUG
  printf("%c\n", swapped[0]);
  return 0;
}
