// EXPECT: stack-buffer-overflow
// A header/body writer declares two iovecs but passes the count of three parts it used to have.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <fcntl.h>
#include <unistd.h>
static ssize_t send_parts(int fd, const char *head, const char *body, int nparts) {
  struct iovec iov[2];
  iov[0].iov_base = (void *)head;
  iov[0].iov_len = strlen(head);
  iov[1].iov_base = (void *)body;
  iov[1].iov_len = strlen(body);
  return writev(fd, iov, nparts); // BUG
}
int main(int argc, char **argv) {
  int fd = open("/dev/null", O_WRONLY);
  ssize_t n = send_parts(fd, "HDR ", argv[2], atoi(argv[1]) - 7);
  printf("%zd\n", n);
  close(fd);
  return 0;
}
