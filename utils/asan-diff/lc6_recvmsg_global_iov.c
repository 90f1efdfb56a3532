// EXPECT: global-buffer-overflow
// recvmsg over a socketpair into a 10-byte global whose iovec claims 20.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
char g[10];
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  send(sv[0], argv[2], strlen(argv[2]), 0);
  struct iovec v = {g, atoi(argv[1]) * 2};
  struct msghdr m;
  memset(&m, 0, sizeof m);
  m.msg_iov = &v;
  m.msg_iovlen = 1;
  ssize_t n = recvmsg(sv[1], &m, 0); // BUG
  printf("%zd %c\n", n, g[0]);
  close(sv[0]);
  close(sv[1]);
  return 0;
}
