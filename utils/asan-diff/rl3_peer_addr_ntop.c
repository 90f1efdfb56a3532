// EXPECT: stack-buffer-overflow
// a connection table formats peer addresses into an INET_ADDRSTRLEN buffer but passes INET6_ADDRSTRLEN as its size, which only matters once an IPv6 peer shows up
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct peer {
  int family;
  union {
    struct in_addr v4;
    struct in6_addr v6;
  } addr;
  unsigned short port;
  long bytes;
};

static void describe(const struct peer *p, char *line, size_t cap) {
  char host[INET_ADDRSTRLEN];
  const void *src = p->family == AF_INET ? (const void *)&p->addr.v4 : (const void *)&p->addr.v6;
  if (!inet_ntop(p->family, src, host, INET6_ADDRSTRLEN)) { // BUG
    snprintf(line, cap, "<bad address>");
    return;
  }
  if (p->family == AF_INET6) snprintf(line, cap, "[%s]:%u %ld", host, p->port, p->bytes);
  else snprintf(line, cap, "%s:%u %ld", host, p->port, p->bytes);
}

static void make_peer(struct peer *p, int family, unsigned seed, unsigned short port) {
  memset(p, 0, sizeof *p);
  p->family = family;
  p->port = port;
  p->bytes = (long)seed * 1000;
  if (family == AF_INET) {
    p->addr.v4.s_addr = htonl(0xC0A80000u | (seed & 0xFFFF));
  } else {
    for (int i = 0; i < 16; i++) p->addr.v6.s6_addr[i] = (unsigned char)(seed * (unsigned)(i + 7) + 0x11 * (unsigned)i);
    p->addr.v6.s6_addr[0] = 0x20;
    p->addr.v6.s6_addr[1] = 0x01;
  }
}

static int by_bytes_desc(const void *a, const void *b) {
  const struct peer *x = a, *y = b;
  return (x->bytes < y->bytes) - (x->bytes > y->bytes);
}

/* Number of IPv4 peers sharing the first peer's /24. */
static int same_subnet(const struct peer *p, int n) {
  int k = 0;
  uint32_t first = 0;
  for (int i = 0; i < n; i++) {
    if (p[i].family != AF_INET) continue;
    uint32_t net = ntohl(p[i].addr.v4.s_addr) & 0xFFFFFF00u;
    if (k == 0) first = net;
    k += net == first;
  }
  return k;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 3;
  const char *tag = argc > 2 ? argv[2] : "x";
  unsigned seed = (unsigned)strlen(tag);
  struct peer peers[8];
  int count = n < 8 ? n : 8;
  for (int i = 0; i < count; i++)
    make_peer(&peers[i], i == count - 1 ? AF_INET6 : AF_INET, seed * 37 + (unsigned)i,
              (unsigned short)(40000 + i));
  long total = 0;
  for (int i = 0; i < count; i++) {
    char line[96];
    describe(&peers[i], line, sizeof line);
    total += peers[i].bytes;
    printf("%s\n", line);
  }
  printf("%d peers, %ld bytes, %d in the first /24\n", count, total, same_subnet(peers, count));
  qsort(peers, (size_t)count, sizeof peers[0], by_bytes_desc);
  for (int i = 0; i < count && i < 3; i++) {
    char line[96];
    describe(&peers[i], line, sizeof line);
    printf("top %d: %s\n", i + 1, line);
  }
  return 0;
}
