// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *s;
  int n = asprintf(&s, "%s:%d", argv[2], argc);
  printf("%d\n", s[n + 1]); // BUG
  free(s);
  return 0;
}
