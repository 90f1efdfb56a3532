// EXPECT: global-buffer-overflow
// Finding the last slash of a path kept in a fixed global, measured with the capacity plus the argument count.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char path_buf[24];
int main(int argc, char **argv) {
  strncpy(path_buf, "/usr/local/share/doc/x", sizeof path_buf);
  size_t len = sizeof path_buf + (size_t)atoi(argv[1]) / 5;
  char *slash = memrchr(path_buf, '/', len); // BUG
  printf("%s\n", slash ? slash + 1 : path_buf);
  return 0;
}
