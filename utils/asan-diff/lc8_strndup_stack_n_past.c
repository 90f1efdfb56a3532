// EXPECT: stack-buffer-overflow
// strndup of a fixed-size stack tag told the tag is as long as the maximum message, and the tag has no terminator.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char *dup_tag(const char *src, int n) {
  char tag[8];
  memcpy(tag, src, sizeof tag);
  return strndup(tag, n); // BUG
}
int main(int argc, char **argv) {
  char *t = dup_tag(argv[2], atoi(argv[1]) + 6);
  printf("%s\n", t);
  free(t);
  return 0;
}
