// EXPECT: stack-buffer-overflow
// A dual-stack connection logger: formats peer addresses (IPv4 and IPv6) with inet_ntop into
// a buffer that was sized INET_ADDRSTRLEN when the code was IPv4-only; the size argument was
// updated to INET6_ADDRSTRLEN for IPv6 but the buffer was not, so a long IPv6 address overruns it.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct peer {
  int family;
  unsigned char addr[16];
  unsigned short port;
  unsigned long bytes;
};

static void log_peer(const struct peer *p, char *line, size_t linesz) {
  char host[INET_ADDRSTRLEN];
  if (!inet_ntop(p->family, p->addr, host, INET6_ADDRSTRLEN)) { // BUG
    snprintf(line, linesz, "<bad address>");
    return;
  }
  if (p->family == AF_INET6) snprintf(line, linesz, "[%s]:%u %lu bytes", host, p->port, p->bytes);
  else snprintf(line, linesz, "%s:%u %lu bytes", host, p->port, p->bytes);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *seed = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct peer peers[16];
  if (n > 16) n = 16;
  for (int i = 0; i < n; i++) {
    struct peer *p = &peers[i];
    memset(p, 0, sizeof *p);
    p->port = (unsigned short)(40000 + i);
    p->bytes = (unsigned long)(i + 1) * 1500;
    if (i % 3 != 2) {
      p->family = AF_INET;
      unsigned char v4[4] = { 10, (unsigned char)i, (unsigned char)(seed[i] * 3), (unsigned char)(200 + i) };
      memcpy(p->addr, v4, 4);
    } else {
      p->family = AF_INET6;
      /* a global unicast address with no zero groups: the longest textual form */
      for (int k = 0; k < 16; k++) p->addr[k] = (unsigned char)(0x20 + seed[(i + k) % 26] * 7 + k);
      p->addr[0] = 0x2a;
    }
  }
  char line[128];
  unsigned long total = 0;
  for (int i = 0; i < n; i++) {
    log_peer(&peers[i], line, sizeof line);
    total += peers[i].bytes;
    printf("%s\n", line);
  }
  printf("%d peers, %lu bytes\n", n, total);
  return 0;
}
