// EXPECT: stack-buffer-overflow
#define _GNU_SOURCE
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int p[2];
  pipe(p);
  struct pollfd fds[1] = {{p[0], POLLIN, 0}};
  struct timespec ts = {0, 0};
  int n = ppoll(fds, atoi(argv[1]) - 8, &ts, 0); // BUG
  printf("%d\n", n);
  return 0;
}
