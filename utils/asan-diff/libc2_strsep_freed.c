// EXPECT: heap-use-after-free
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = strdup(argv[2]);
  char *p = s;
  free(s);
  char *t = strsep(&p, "M"); // BUG
  printf("%d\n", t != 0);
  return 0;
}
