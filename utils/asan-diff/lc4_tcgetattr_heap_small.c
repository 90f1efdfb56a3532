// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  grantpt(m);
  unlockpt(m);
  int s = open(ptsname(m), O_RDWR | O_NOCTTY);
  struct termios *t = malloc(atoi(argv[1]) * 4);
  int r = tcgetattr(s, t); // BUG
  printf("%d\n", r);
  free(t);
  close(s);
  close(m);
  return 0;
}
