// EXPECT: heap-buffer-overflow
// The joined path's size leaves out the '/' separator: sprintf writes one byte past.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  const char *dir = argv[1], *file = argv[2];
  char *path = malloc(strlen(dir) + strlen(file) + 1);
  sprintf(path, "%s/%s", dir, file); // BUG
  puts(path);
  free(path);
  return 0;
}
