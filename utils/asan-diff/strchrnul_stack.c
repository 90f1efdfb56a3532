// EXPECT: stack-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[7];
  memcpy(b, argv[2], sizeof b);
  char *q = strchrnul(b, '#'); // BUG
  printf("%ld\n", (long)(q - b));
  return 0;
}
