// EXPECT: none
// eventfd, timerfd, signalfd and inotify descriptors read into exactly-sized buffers; epoll over them.
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int efd = eventfd(3, EFD_NONBLOCK);
  uint64_t *add = malloc(sizeof *add);
  *add = 4;
  write(efd, add, sizeof *add);
  eventfd_t ev;
  eventfd_read(efd, &ev);
  eventfd_write(efd, 2);
  uint64_t *val = malloc(sizeof *val);
  read(efd, val, sizeof *val);
  int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
  struct itimerspec *its = calloc(1, sizeof *its), old;
  its->it_value.tv_nsec = 1000;
  timerfd_settime(tfd, 0, its, &old);
  struct itimerspec cur;
  timerfd_gettime(tfd, &cur);
  int ep = epoll_create1(EPOLL_CLOEXEC);
  struct epoll_event e = {.events = EPOLLIN, .data.u64 = 77};
  epoll_ctl(ep, EPOLL_CTL_ADD, tfd, &e);
  struct epoll_event out[1];
  int ne = epoll_wait(ep, out, 1, 1000);
  uint64_t *exp = malloc(sizeof *exp);
  read(tfd, exp, sizeof *exp);
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR1);
  sigprocmask(SIG_BLOCK, &mask, 0);
  int sfd = signalfd(-1, &mask, SFD_NONBLOCK);
  raise(SIGUSR1);
  struct signalfd_siginfo *si = malloc(sizeof *si);
  ssize_t sn = read(sfd, si, sizeof *si);
  int ifd = inotify_init1(IN_NONBLOCK);
  int wd = inotify_add_watch(ifd, ".", IN_CREATE | IN_DELETE);
  close(open("watched.tmp", O_CREAT | O_WRONLY, 0600));
  unlink("watched.tmp");
  size_t isz = sizeof(struct inotify_event) + NAME_MAX + 1;
  char *ib = malloc(isz);
  ssize_t in = read(ifd, ib, isz);
  struct inotify_event *ie = (struct inotify_event *)ib;
  inotify_rm_watch(ifd, wd);
  printf("%llu %llu %d %llu %llu %zd %u %zd %s %d\n", (unsigned long long)ev, (unsigned long long)*val, ne,
         (unsigned long long)out[0].data.u64, (unsigned long long)*exp, sn, si->ssi_signo, in, in > 0 ? ie->name : "-", argc);
  close(efd); close(tfd); close(ep); close(sfd); close(ifd);
  free(add); free(val); free(its); free(exp); free(si); free(ib);
  return 0;
}
