// EXPECT: global-buffer-overflow
// strcasestr on a global haystack filled to its last byte with no terminator.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char hay[6];
int main(int argc, char **argv) {
  memcpy(hay, argv[2], sizeof hay);
  char *r = strcasestr(hay, argv[1]); // BUG
  printf("%p %c\n", (void *)r, hay[0]);
  return 0;
}
