// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  char *p = malloc(8);
  memcpy(p, argv[2], 8);
  struct iovec v = {p, atoi(argv[1])};
  struct msghdr m;
  memset(&m, 0, sizeof m);
  m.msg_iov = &v;
  m.msg_iovlen = 1;
  ssize_t n = sendmsg(sv[0], &m, 0); // BUG
  printf("%zd\n", n);
  free(p);
  return 0;
}
