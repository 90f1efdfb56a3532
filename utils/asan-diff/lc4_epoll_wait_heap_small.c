// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int ep = epoll_create1(0);
  int p1[2], p2[2];
  pipe(p1);
  pipe(p2);
  write(p1[1], "a", 1);
  write(p2[1], "b", 1);
  struct epoll_event ev = {.events = EPOLLIN};
  ev.data.fd = p1[0];
  epoll_ctl(ep, EPOLL_CTL_ADD, p1[0], &ev);
  ev.data.fd = p2[0];
  epoll_ctl(ep, EPOLL_CTL_ADD, p2[0], &ev);
  struct epoll_event *evs = malloc(sizeof *evs);
  int n = epoll_wait(ep, evs, atoi(argv[1]) - 8, 0); // BUG
  printf("%d\n", n);
  free(evs);
  return 0;
}
