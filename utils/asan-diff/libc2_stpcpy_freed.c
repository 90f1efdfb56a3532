// EXPECT: heap-use-after-free
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *d = malloc(64);
  free(d);
  char *e = stpcpy(d, argv[2]); // BUG
  printf("%d\n", (int)(e - d));
  return 0;
}
