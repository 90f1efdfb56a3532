// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char a[8];
  char *b = malloc(8);
  struct iovec iov[2] = {{a, sizeof a}, {b, atoi(argv[1]) * 2}};
  int fd = open("/dev/zero", O_RDONLY);
  ssize_t n = preadv(fd, iov, 2, 0); // BUG
  close(fd);
  printf("%zd\n", n);
  free(b);
  return 0;
}
