// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=2
// Two ends of a socketpair exchange a message; the receiver's heap buffer
// was sized for the header only but recv is allowed the whole maximum
// message size, so the message is written past the block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAX_MSG 256

struct conn { int fd; char *rx; size_t rx_cap, rx_len; };

__attribute__((noinline)) static ssize_t conn_recv(struct conn *c) {
  ssize_t r = recv(c->fd, c->rx, MAX_MSG, 0); // BUG
  if (r > 0) c->rx_len = (size_t)r;
  return r;
}

int main(int argc, char **argv) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) return 1;
  char msg[64];
  int len = snprintf(msg, sizeof msg, "HDR1 %s %s", argv[1], argv[2]);
  if (write(sv[0], msg, (size_t)len) != len) return 1;
  struct conn c = {sv[1], malloc(16), 16, 0};
  ssize_t got = conn_recv(&c);
  printf("%zd %.4s\n", got, c.rx);
  free(c.rx);
  close(sv[0]);
  close(sv[1]);
  return 0;
}
