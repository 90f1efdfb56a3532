// EXPECT: heap-buffer-overflow
// Scatter-reads a record into a fixed header and a heap payload; the
// payload iovec's length is the on-disk record size, but the payload was
// allocated with the size from a (smaller) in-memory limit.
#define _LARGEFILE64_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>

#define PAYLOAD_LIMIT 24
#define RECORD_SIZE 40

int main(int argc, char **argv) {
  int fd = open("long.txt", O_RDONLY);
  if (fd < 0)
    return 1;
  char head[8];
  char *payload = malloc(PAYLOAD_LIMIT);
  struct iovec iov[2] = {{head, sizeof head}, {payload, RECORD_SIZE}};
  ssize_t n = preadv64(fd, iov, 2, argc > 1 ? 0 : 4); // BUG
  printf("%zd %c\n", n, payload[0]);
  free(payload);
  close(fd);
  return 0;
}
