// EXPECT: heap-buffer-overflow
// Builds a scratch file name with tmpnam_r into a buffer sized for the
// directory prefix plus a short suffix instead of L_tmpnam bytes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  size_t room = strlen("/tmp/") + atoi(argv[1]) - 4; // 11: too short
  char *name = malloc(room);
  if (!tmpnam_r(name)) // BUG
    return 1;
  printf("%d\n", strncmp(name, "/tmp/", 5) == 0);
  free(name);
  return 0;
}
