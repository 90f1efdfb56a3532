// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  union {
    struct cmsghdr h;
    char b[CMSG_SPACE(sizeof(int))];
  } out;
  memset(&out, 0, sizeof out);
  char x = 'x';
  struct iovec siov = {&x, 1};
  struct msghdr sm = {0};
  sm.msg_iov = &siov;
  sm.msg_iovlen = 1;
  sm.msg_control = out.b;
  sm.msg_controllen = sizeof out.b;
  struct cmsghdr *c = CMSG_FIRSTHDR(&sm);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &sv[0], sizeof(int));
  sendmsg(sv[0], &sm, 0);
  char y;
  struct iovec riov = {&y, 1};
  struct msghdr rm = {0};
  rm.msg_iov = &riov;
  rm.msg_iovlen = 1;
  rm.msg_control = malloc(atoi(argv[1]));
  rm.msg_controllen = CMSG_SPACE(sizeof(int));
  ssize_t n = recvmsg(sv[1], &rm, 0); // BUG
  printf("%zd %zu\n", n, (size_t)rm.msg_controllen);
  free(rm.msg_control);
  return 0;
}
