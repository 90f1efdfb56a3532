// EXPECT: stack-buffer-overflow
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char a[4], b[8];
  struct iovec v[2] = {{a, sizeof a}, {b, atoi(argv[1]) + 6}};
  int fd = open("long.txt", O_RDONLY);
  ssize_t n = readv(fd, v, 2); // BUG
  printf("%zd %c\n", n, b[0]);
  close(fd);
  return 0;
}
