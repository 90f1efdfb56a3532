// EXPECT: heap-buffer-overflow
// Reads a record header and body with one preadv2 call; the body's iovec
// length comes from the file's declared size field rather than from the
// 16-byte heap buffer it points at, so preadv2 fills past the buffer.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int fd = open("long.txt", O_RDONLY);
  if (fd < 0)
    return 1;
  char hdr[4];
  char *body = malloc(16);
  size_t declared = (size_t)atoi(argv[1]) * 4; // 40, trusted
  struct iovec iov[2] = {{hdr, sizeof hdr}, {body, declared}};
  ssize_t got = preadv2(fd, iov, 2, 0, 0); // BUG
  printf("%zd\n", got);
  free(body);
  close(fd);
  return 0;
}
