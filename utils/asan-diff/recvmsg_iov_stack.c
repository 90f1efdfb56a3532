// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  send(sv[0], argv[2], 26, 0);
  char b[12];
  struct iovec v = {b, 2 * atoi(argv[1])};
  struct msghdr m;
  memset(&m, 0, sizeof m);
  m.msg_iov = &v;
  m.msg_iovlen = 1;
  ssize_t n = recvmsg(sv[1], &m, 0); // BUG
  printf("%zd %c\n", n, b[0]);
  return 0;
}
