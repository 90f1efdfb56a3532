// EXPECT: heap-use-after-free
// Gathers a header and a body into one pwritev64. The body buffer was
// handed to a "release" helper (which frees it) before the write.
#define _LARGEFILE64_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

static void release(char *p) { free(p); }

int main(int argc, char **argv) {
  char header[16] = "HDR1";
  char *body = malloc(64);
  snprintf(body, 64, "payload for %s", argv[2]);
  struct iovec iov[2] = {{header, sizeof header}, {body, strlen(body)}};
  if (argc > 2)
    release(body);
  int fd = open("out.bin", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  ssize_t n = pwritev64(fd, iov, 2, 0); // BUG
  printf("%zd\n", n);
  close(fd);
  unlink("out.bin");
  return 0;
}
