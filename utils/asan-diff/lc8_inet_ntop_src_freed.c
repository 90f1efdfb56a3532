// EXPECT: heap-use-after-free
// A peer's IPv6 address is formatted after the peer structure holding it was freed on disconnect.
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct peer {
  int fd;
  struct in6_addr addr;
};
static void disconnect(struct peer *p) { free(p); }
int main(int argc, char **argv) {
  struct peer *p = malloc(sizeof *p);
  p->fd = atoi(argv[1]);
  memcpy(&p->addr, argv[2], sizeof p->addr);
  const struct in6_addr *a = &p->addr;
  disconnect(p);
  char text[INET6_ADDRSTRLEN];
  const char *s = inet_ntop(AF_INET6, a, text, sizeof text); // BUG
  printf("%s\n", s ? s : "?");
  return 0;
}
