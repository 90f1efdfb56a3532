// EXPECT: leak
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *s = 0;
  int n = asprintf(&s, "%s/%d", argv[2], argc);
  printf("%d\n", n);
  s = 0;
  return 0;
}
