// EXPECT: global-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
char g[9];
int main(int argc, char **argv) {
  char *e = stpcpy(g, argv[2]); // BUG
  printf("%d\n", (int)(e - g));
  return 0;
}
