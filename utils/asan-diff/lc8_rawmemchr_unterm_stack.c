// EXPECT: stack-buffer-overflow
// rawmemchr looks for the newline ending a fixed-size header record, which copying from the command line never gave one; the body after it has one.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static size_t line_length(const char *rec) {
  const char *nl = rawmemchr(rec, '\n'); // BUG
  return (size_t)(nl - rec);
}
int main(int argc, char **argv) {
  char head[16];
  char body[32];
  memcpy(head, argv[2], sizeof head);
  snprintf(body, sizeof body, "%s\n", argv[1]);
  head[atoi(argv[1])] = argv[2][0];
  printf("%zu %s", line_length(head), body);
  return 0;
}
