// EXPECT: stack-buffer-overflow
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[6];
  char *s = strerror_r(12345 + argc, b, atoi(argv[1]) * 6); // BUG
  printf("%c\n", s[0]);
  return 0;
}
