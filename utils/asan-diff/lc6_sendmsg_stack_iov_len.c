// EXPECT: stack-buffer-overflow
// sendmsg over a socketpair from an 8-byte stack array whose iovec claims 12.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  char s[8];
  memcpy(s, argv[2], sizeof s);
  struct iovec v = {s, atoi(argv[1]) + 2};
  struct msghdr m;
  memset(&m, 0, sizeof m);
  m.msg_iov = &v;
  m.msg_iovlen = 1;
  ssize_t n = sendmsg(sv[0], &m, 0); // BUG
  char r[16];
  printf("%zd %zd\n", n, recv(sv[1], r, sizeof r, 0));
  close(sv[0]);
  close(sv[1]);
  return 0;
}
