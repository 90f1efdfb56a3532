// EXPECT: none
// A socket pair used at its bounds: a descriptor passed with SCM_RIGHTS
// in a control buffer of exactly CMSG_SPACE(sizeof(int)), received into a
// control buffer of the same size; SO_PEERCRED into a struct ucred;
// SO_RCVTIMEO set from a struct timeval; getsockname of an unnamed
// socket; poll on an exact array, select on an fd_set, epoll_wait with
// maxevents equal to the array's length.
#define _GNU_SOURCE
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(int argc, char **argv) {
  int sv[2], p[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0 || pipe(p) != 0)
    return 1;
  char data = (char)atoi(argv[1]);
  struct iovec iov = {&data, 1};
  char *ctl = malloc(CMSG_SPACE(sizeof(int)));
  memset(ctl, 0, CMSG_SPACE(sizeof(int)));
  struct msghdr mh = {0};
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  mh.msg_control = ctl;
  mh.msg_controllen = CMSG_SPACE(sizeof(int));
  struct cmsghdr *c = CMSG_FIRSTHDR(&mh);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &p[1], sizeof(int));
  ssize_t sent = sendmsg(sv[0], &mh, 0);

  char got;
  char *rctl = malloc(CMSG_SPACE(sizeof(int)));
  struct iovec riov = {&got, 1};
  struct msghdr rh = {0};
  rh.msg_iov = &riov;
  rh.msg_iovlen = 1;
  rh.msg_control = rctl;
  rh.msg_controllen = CMSG_SPACE(sizeof(int));
  ssize_t rcvd = recvmsg(sv[1], &rh, 0);
  int passed = -1;
  struct cmsghdr *rc = CMSG_FIRSTHDR(&rh);
  if (rc && rc->cmsg_type == SCM_RIGHTS)
    memcpy(&passed, CMSG_DATA(rc), sizeof passed);

  struct ucred cred;
  socklen_t len = sizeof cred;
  getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cred, &len);
  struct timeval tv = {0, 1000};
  setsockopt(sv[1], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  struct sockaddr_un self;
  socklen_t slen = sizeof self;
  getsockname(sv[0], (struct sockaddr *)&self, &slen);

  struct pollfd *pfd = malloc(2 * sizeof *pfd);
  pfd[0].fd = sv[0];
  pfd[0].events = POLLOUT;
  pfd[1].fd = sv[1];
  pfd[1].events = POLLIN;
  int np = poll(pfd, 2, 0);
  fd_set rs;
  FD_ZERO(&rs);
  FD_SET(sv[1], &rs);
  struct timeval zero = {0, 0};
  int ns = select(sv[1] + 1, &rs, NULL, NULL, &zero);
  int ep = epoll_create1(0);
  struct epoll_event ee = {EPOLLOUT, {.fd = sv[0]}};
  epoll_ctl(ep, EPOLL_CTL_ADD, sv[0], &ee);
  struct epoll_event *evs = malloc(3 * sizeof *evs);
  int ne = epoll_wait(ep, evs, 3, 0);
  close(ep);
  printf("%zd %zd %d %d %d %d %d %d\n", sent, rcvd, got == data, passed >= 0,
         cred.pid == getpid(), np, ns, ne);
  free(evs);
  free(pfd);
  free(rctl);
  free(ctl);
  if (passed >= 0)
    close(passed);
  close(p[0]);
  close(p[1]);
  close(sv[0]);
  close(sv[1]);
  return 0;
}
