// EXPECT: global-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
char payload[12] = "hello world";
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  struct iovec iov = {payload, atoi(argv[1]) + 6};
  struct mmsghdr mm;
  memset(&mm, 0, sizeof mm);
  mm.msg_hdr.msg_iov = &iov;
  mm.msg_hdr.msg_iovlen = 1;
  int n = sendmmsg(sv[0], &mm, 1, 0); // BUG
  printf("%d %u\n", n, mm.msg_len);
  close(sv[0]);
  close(sv[1]);
  return 0;
}
