// EXPECT: stack-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[10];
  memcpy(b, argv[2], 10);
  void *q = memrchr(b, 'A', 1 + atoi(argv[1])); // BUG
  printf("%ld\n", (long)((char *)q - b));
  return 0;
}
