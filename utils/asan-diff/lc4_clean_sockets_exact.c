// EXPECT: none
// Socket calls with address, message and event buffers of exactly the size given.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/ether.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int l = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(l, (struct sockaddr *)&a, sizeof a);
  listen(l, 1);
  socklen_t al = sizeof a;
  getsockname(l, (struct sockaddr *)&a, &al);
  int c = socket(AF_INET, SOCK_STREAM, 0);
  connect(c, (struct sockaddr *)&a, sizeof a);
  struct sockaddr_in *peer = malloc(sizeof *peer);
  socklen_t pl = sizeof *peer;
  int s = accept(l, (struct sockaddr *)peer, &pl);
  struct sockaddr_in p2;
  socklen_t pl2 = sizeof p2;
  getpeername(c, (struct sockaddr *)&p2, &pl2);
  close(s);
  close(c);
  close(l);
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  char *msg = malloc(10);
  memcpy(msg, argv[2], 10);
  sendto(sv[0], msg, 10, 0, 0, 0);
  char payload[12] = "hello world";
  struct iovec siov = {payload, sizeof payload};
  struct mmsghdr sm;
  memset(&sm, 0, sizeof sm);
  sm.msg_hdr.msg_iov = &siov;
  sm.msg_hdr.msg_iovlen = 1;
  sendmmsg(sv[0], &sm, 1, 0);
  char *rb = malloc(10);
  struct iovec riov = {rb, 10};
  struct mmsghdr rm;
  memset(&rm, 0, sizeof rm);
  rm.msg_hdr.msg_iov = &riov;
  rm.msg_hdr.msg_iovlen = 1;
  int nr = recvmmsg(sv[1], &rm, 1, 0, 0);
  char big[12];
  ssize_t n2 = recv(sv[1], big, sizeof big, 0);
  union {
    struct cmsghdr h;
    char b[CMSG_SPACE(sizeof(int))];
  } out;
  memset(&out, 0, sizeof out);
  char x = 'x';
  struct iovec xiov = {&x, 1};
  struct msghdr m = {0};
  m.msg_iov = &xiov;
  m.msg_iovlen = 1;
  m.msg_control = out.b;
  m.msg_controllen = sizeof out.b;
  struct cmsghdr *ch = CMSG_FIRSTHDR(&m);
  ch->cmsg_level = SOL_SOCKET;
  ch->cmsg_type = SCM_RIGHTS;
  ch->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(ch), &sv[0], sizeof(int));
  sendmsg(sv[0], &m, 0);
  char y;
  struct iovec yiov = {&y, 1};
  struct msghdr rmh = {0};
  rmh.msg_iov = &yiov;
  rmh.msg_iovlen = 1;
  rmh.msg_control = malloc(CMSG_SPACE(sizeof(int)));
  rmh.msg_controllen = CMSG_SPACE(sizeof(int));
  recvmsg(sv[1], &rmh, 0);
  int passed;
  memcpy(&passed, CMSG_DATA(CMSG_FIRSTHDR(&rmh)), sizeof passed);
  close(passed);
  free(rmh.msg_control);
  char lo[3] = "lo";
  unsigned idx = if_nametoindex(lo);
  struct addrinfo hints, *res = 0;
  memset(&hints, 0, sizeof hints);
  hints.ai_flags = AI_NUMERICHOST;
  char *node = malloc(10);
  memcpy(node, "127.0.0.1", 10);
  int gr = getaddrinfo(node, 0, &hints, &res);
  if (res)
    freeaddrinfo(res);
  struct ether_addr e = {{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc}};
  char mac[18];
  ether_ntoa_r(&e, mac);
  struct ether_addr *e2 = malloc(sizeof *e2);
  ether_aton_r(mac, e2);
  int ep = epoll_create1(0);
  int p1[2], p2p[2];
  pipe(p1);
  pipe(p2p);
  write(p1[1], "a", 1);
  write(p2p[1], "b", 1);
  struct epoll_event ev = {.events = EPOLLIN};
  ev.data.fd = p1[0];
  epoll_ctl(ep, EPOLL_CTL_ADD, p1[0], &ev);
  ev.data.fd = p2p[0];
  epoll_ctl(ep, EPOLL_CTL_ADD, p2p[0], &ev);
  struct epoll_event *evs = malloc(2 * sizeof *evs);
  int ne = epoll_wait(ep, evs, 2, 0);
  struct pollfd fds[2] = {{p1[0], POLLIN, 0}, {p2p[0], POLLIN, 0}};
  struct timespec ts = {0, 0};
  int np = ppoll(fds, 2, &ts, 0);
  printf("%d %u %d %zd %u %d %s %d %d %d %d\n", peer->sin_family == AF_INET, pl2, nr, n2,
         idx > 0, gr, mac, e2->ether_addr_octet[5], ne, np, rm.msg_len);
  close(ep);
  close(p1[0]);
  close(p1[1]);
  close(p2p[0]);
  close(p2p[1]);
  close(sv[0]);
  close(sv[1]);
  free(evs);
  free(e2);
  free(node);
  free(rb);
  free(msg);
  free(peer);
  return 0;
}
