// EXPECT: leak
// An event loop registers one context per connection with epoll, keeping the
// context pointer only in epoll_event.data.ptr (inside the kernel). It serves
// and closes the connections that became readable; the idle ones are never
// closed. Their contexts (and the peer-name buffers they own) are reachable
// only through the kernel, which LSan cannot see: they are leaked.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

struct conn {
  int fd, peer_fd;
  char *peer;
  size_t bytes;
};

__attribute__((noinline)) static int open_conns(int ep, int count, int n, int *peers) {
  for (int i = 0; i < count; i++) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) return -1;
    struct conn *c = malloc(sizeof *c);
    c->fd = sv[0];
    c->peer_fd = sv[1];
    c->peer = malloc((size_t)n + i * 4);
    snprintf(c->peer, (size_t)n + i * 4, "peer%d", i);
    c->bytes = 0;
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLIN;
    ev.data.ptr = c;
    epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev);
    peers[i] = sv[1];
  }
  return 0;
}

__attribute__((noinline)) static int serve(int ep) {
  struct epoll_event evs[16];
  int served = 0;
  int got = epoll_wait(ep, evs, 16, 100);
  for (int i = 0; i < got; i++) {
    struct conn *c = evs[i].data.ptr;
    char buf[64];
    ssize_t r = read(c->fd, buf, sizeof buf);
    if (r > 0) c->bytes += (size_t)r;
    epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    close(c->peer_fd);
    free(c->peer);
    free(c);
    served++;
  }
  memset(evs, 0, sizeof evs);
  return served;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int ep = epoll_create1(0);
  int peers[8];
  if (open_conns(ep, 8, n + 6, peers) != 0) return 2;
  /* only the first three peers send anything */
  for (int i = 0; i < 3; i++) write(peers[i], "hello", 5);
  scrub();
  int served = serve(ep);
  scrub();
  printf("served %d of 8\n", served);
  return 0;
}
