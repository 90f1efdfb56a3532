// EXPECT: none
// getsockopt/setsockopt with exact optlens, SCM_RIGHTS and SCM_CREDENTIALS over a socketpair with msg_control exactly CMSG_SPACE, MSG_PEEK, shutdown, getpeername.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  int *on = malloc(sizeof *on);
  *on = 1;
  setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, on, sizeof *on);
  int *rcv = malloc(sizeof *rcv);
  socklen_t *rl = malloc(sizeof *rl);
  *rl = sizeof *rcv;
  getsockopt(sv[0], SOL_SOCKET, SO_RCVBUF, rcv, rl);
  int type; socklen_t tl = sizeof type;
  getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &type, &tl);
  struct ucred cred; socklen_t cl = sizeof cred;
  getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cred, &cl);
  int fd = open("long.txt", O_RDONLY);
  char *payload = malloc(3);
  memcpy(payload, "fd!", 3);
  struct iovec iov = {payload, 3};
  size_t space = CMSG_SPACE(sizeof(int));
  char *ctl = malloc(space);                    /* exact */
  memset(ctl, 0, space);
  struct msghdr m;
  memset(&m, 0, sizeof m);
  m.msg_iov = &iov; m.msg_iovlen = 1; m.msg_control = ctl; m.msg_controllen = space;
  struct cmsghdr *c = CMSG_FIRSTHDR(&m);
  c->cmsg_level = SOL_SOCKET; c->cmsg_type = SCM_RIGHTS; c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &fd, sizeof(int));
  ssize_t s = sendmsg(sv[0], &m, 0);
  char *in = malloc(3);
  struct iovec riov = {in, 3};
  size_t rspace = CMSG_SPACE(sizeof(int)) + CMSG_SPACE(sizeof(struct ucred));
  char *rctl = malloc(rspace);                  /* exact: the fd and the credentials */
  struct msghdr r;
  memset(&r, 0, sizeof r);
  r.msg_iov = &riov; r.msg_iovlen = 1; r.msg_control = rctl; r.msg_controllen = rspace;
  ssize_t got = recvmsg(sv[1], &r, 0);
  int passed = -1, pid = 0;
  for (struct cmsghdr *h = CMSG_FIRSTHDR(&r); h; h = CMSG_NXTHDR(&r, h)) {
    if (h->cmsg_type == SCM_RIGHTS) memcpy(&passed, CMSG_DATA(h), sizeof(int));
    if (h->cmsg_type == SCM_CREDENTIALS) { struct ucred uc; memcpy(&uc, CMSG_DATA(h), sizeof uc); pid = uc.pid; }
  }
  char first[6];
  ssize_t pr = pread(passed, first, sizeof first, 0);
  send(sv[0], "peek", 4, 0);
  char pk[2];
  ssize_t p1 = recv(sv[1], pk, sizeof pk, MSG_PEEK);
  char all[4];
  ssize_t p2 = recv(sv[1], all, sizeof all, MSG_WAITALL);
  struct sockaddr_un peer; socklen_t pl = sizeof peer;
  getpeername(sv[0], (struct sockaddr *)&peer, &pl);
  shutdown(sv[0], SHUT_WR);
  ssize_t eof = recv(sv[1], all, sizeof all, 0);
  printf("%d %d %d %zd %zd %.3s %d %zd %.6s %zd %zd %.4s %d %zd %d\n", *rcv > 0, type == SOCK_STREAM, cred.pid > 0, s, got, in,
         pid > 0, pr, first, p1, p2, all, (int)pl, eof, argc);
  close(fd); close(passed); close(sv[0]); close(sv[1]);
  free(on); free(rcv); free(rl); free(payload); free(ctl); free(in); free(rctl);
  return 0;
}
