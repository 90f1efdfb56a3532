// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=2
// Joins a directory and a file name into a heap buffer sized for both
// strings but not for the '/' between them and the terminating NUL's
// room: strlen(dir) + strlen(file) + 1. The second strcat writes one byte
// past the block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static char *join(const char *dir, const char *file) {
  char *p = malloc(strlen(dir) + strlen(file) + 1);
  strcpy(p, dir);
  strcat(p, "/");
  strcat(p, file); // BUG
  return p;
}

int main(int argc, char **argv) {
  char *p = join(argv[2] + atoi(argv[1]), "long.txt");
  printf("%s\n", p);
  free(p);
  return 0;
}
