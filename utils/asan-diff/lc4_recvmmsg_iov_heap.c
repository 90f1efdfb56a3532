// EXPECT: heap-buffer-overflow
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  send(sv[0], argv[2], strlen(argv[2]), 0);
  char *buf = malloc(8);
  struct iovec iov = {buf, atoi(argv[1]) * 4};
  struct mmsghdr mm;
  memset(&mm, 0, sizeof mm);
  mm.msg_hdr.msg_iov = &iov;
  mm.msg_hdr.msg_iovlen = 1;
  int n = recvmmsg(sv[1], &mm, 1, 0, 0); // BUG
  printf("%d %u\n", n, mm.msg_len);
  free(buf);
  close(sv[0]);
  close(sv[1]);
  return 0;
}
