// EXPECT: none
// pipe/pipe2/socketpair into heap int[2], select with a one-word fd_set read, epoll_wait into an exact array, fstat/fstatat, open/openat with and without mode, mkstemp, rename.
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int *p = malloc(2 * sizeof(int)), *q = malloc(2 * sizeof(int)), *sv = malloc(2 * sizeof(int));
  pipe(p);
  pipe2(q, O_CLOEXEC | O_NONBLOCK);
  socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  write(p[1], "x", 1);
  fd_set rs;
  FD_ZERO(&rs);
  FD_SET(p[0], &rs);
  struct timeval tv = {0, 0};
  int sel = select(p[0] + 1, &rs, NULL, NULL, &tv);
  int ep = epoll_create1(0);
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = p[0]};
  epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
  struct epoll_event *evs = malloc(2 * sizeof *evs); /* exactly maxevents */
  int ne = epoll_wait(ep, evs, 2, 0);
  struct pollfd *pf = malloc(sizeof *pf);
  pf->fd = p[0]; pf->events = POLLIN;
  int np = poll(pf, 1, 0);
  struct stat *st = malloc(sizeof *st);
  fstat(p[0], st);
  fstatat(AT_FDCWD, "long.txt", st, 0);
  int dfd = open(".", O_RDONLY | O_DIRECTORY);
  fstatat(dfd, "long.txt", st, AT_SYMLINK_NOFOLLOW);
  int fd1 = open("long.txt", O_RDONLY);
  int fd2 = openat(dfd, "made.txt", O_CREAT | O_WRONLY | O_TRUNC, 0600);
  write(fd2, "made\n", 5);
  close(fd2);
  const char *tmpl = "tmpXXXXXX";
  char *name = malloc(strlen(tmpl) + 1);          /* exact */
  strcpy(name, tmpl);
  int fd3 = mkstemp(name);
  char *newname = malloc(strlen(name) + 5);
  sprintf(newname, "%s.new", name);
  int rn = rename(name, newname);
  unlink(newname);
  unlink("made.txt");
  char c;
  read(p[0], &c, 1);
  printf("%d %d %d %d %lld %d %d %d\n", sel, ne, np, fd1 >= 0, (long long)st->st_size, fd3 >= 0, rn, argc);
  close(fd1); close(fd3); close(dfd); close(ep);
  close(p[0]); close(p[1]); close(q[0]); close(q[1]); close(sv[0]); close(sv[1]);
  free(p); free(q); free(sv); free(evs); free(pf); free(st); free(name); free(newname);
  return 0;
}
