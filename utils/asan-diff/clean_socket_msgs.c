// EXPECT: none
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  char h[4] = "hdr", body[32];
  strcpy(body, argv[2]);
  struct iovec out[2] = {{h, 3}, {body, strlen(body)}};
  struct msghdr m;
  memset(&m, 0, sizeof m);
  m.msg_iov = out;
  m.msg_iovlen = 2;
  ssize_t s = sendmsg(sv[0], &m, 0);
  char r1[3], r2[64];
  struct iovec in[2] = {{r1, sizeof r1}, {r2, sizeof r2}};
  struct msghdr mi;
  memset(&mi, 0, sizeof mi);
  mi.msg_iov = in;
  mi.msg_iovlen = 2;
  ssize_t r = recvmsg(sv[1], &mi, 0);
  sendto(sv[0], "ping", 4, 0, 0, 0);
  char pb[8];
  ssize_t r3 = recvfrom(sv[1], pb, sizeof pb, 0, 0, 0);
  struct sockaddr_storage ss;
  socklen_t sl = sizeof ss;
  getsockname(sv[0], (struct sockaddr *)&ss, &sl);
  printf("%zd %zd %zd %.3s %c %d\n", s, r, r3, r1, r2[0], (int)sl);
  close(sv[0]);
  close(sv[1]);
  return 0;
}
