// EXPECT: heap-use-after-free
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = strdup(argv[2]);
  free(s);
  void *p = memrchr(s, 'Q', 26); // BUG
  printf("%d\n", p != 0);
  return 0;
}
