// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  grantpt(m);
  unlockpt(m);
  int s = open(ptsname(m), O_RDWR | O_NOCTTY);
  char *name = malloc(8);
  int r = ttyname_r(s, name, atoi(argv[1]) * 4); // BUG
  printf("%d %.8s\n", r, name);
  free(name);
  close(s);
  close(m);
  return 0;
}
