// EXPECT: stack-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char d[10];
  char *e = mempcpy(d, argv[2], atoi(argv[1]) + 2); // BUG
  printf("%ld %c\n", (long)(e - d), d[0]);
  return 0;
}
