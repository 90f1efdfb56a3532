// EXPECT: stack-buffer-overflow
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  struct pollfd p[1] = {{0, POLLIN, 0}};
  int r = poll(p, atoi(argv[1]) - 8, 0); // BUG
  printf("%d\n", r);
  return 0;
}
