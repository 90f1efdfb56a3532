// EXPECT: heap-buffer-overflow
// The pseudo-terminal's slave name is fetched with ptsname_r into an 8-byte heap buffer passed with the length of a path buffer.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define PATH_BUF 64
int main(int argc, char **argv) {
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  if (m < 0)
    return 0;
  char *name = malloc(atoi(argv[1]) - 2);
  int r = ptsname_r(m, name, PATH_BUF); // BUG
  printf("%d %s\n", r, r == 0 ? name : "-");
  free(name);
  close(m);
  return 0;
}
